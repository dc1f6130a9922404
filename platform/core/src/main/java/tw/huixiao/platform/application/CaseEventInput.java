package tw.huixiao.platform.application;

/** An event recorded on a case, e.g. REPORTED (中輟通報), RE_ENROLLED (復學), DETAINED. */
public record CaseEventInput(String event, String note) {
}
