package tw.huixiao.platform.application;

/** The facts a ladder branches on; {@code causeKnown} null means nobody knows yet. */
public record CaseFactsInput(Boolean causeKnown, Boolean emergency, Long version) {
}
