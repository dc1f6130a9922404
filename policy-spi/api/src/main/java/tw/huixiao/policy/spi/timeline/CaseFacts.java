package tw.huixiao.policy.spi.timeline;

import java.util.Optional;

/**
 * What the platform knows about a case when it evaluates a step's condition. New facts are
 * added as default methods answering "unknown".
 */
public interface CaseFacts {

    /** The case category id, e.g. {@code NT-CAT2}. */
    String categoryId();

    /** 原住民學生 */
    boolean indigenous();

    /** An emergency or danger to the student was recorded (e.g. TY-D1-DANGER). */
    boolean emergency();

    /** The cause of the absence is known; empty while nobody knows yet. */
    Optional<Boolean> causeKnown();

    /** The student is back at school. */
    boolean returned();

    /** Several students of the school are absent at once (TY-D2-STAFFING, NT-D2-NEW). */
    default boolean manyCasesAtOnce() {
        return false;
    }
}
