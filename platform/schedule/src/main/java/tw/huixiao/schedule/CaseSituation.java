package tw.huixiao.schedule;

import java.util.Optional;
import tw.huixiao.policy.spi.timeline.CaseFacts;

/** Case facts as plain values, with withers: what tests and the engine hand to conditions. */
public record CaseSituation(String categoryId, boolean indigenous, boolean emergency, Boolean knownCause,
                            boolean returned, boolean manyCasesAtOnce) implements CaseFacts {

    /** A case of the category: not indigenous, no emergency, cause not known yet, still absent. */
    public static CaseSituation of(String categoryId) {
        return new CaseSituation(categoryId, false, false, null, false, false);
    }

    @Override
    public Optional<Boolean> causeKnown() {
        return Optional.ofNullable(knownCause);
    }

    public CaseSituation withIndigenous() {
        return new CaseSituation(categoryId, true, emergency, knownCause, returned, manyCasesAtOnce);
    }

    public CaseSituation withEmergency() {
        return new CaseSituation(categoryId, indigenous, true, knownCause, returned, manyCasesAtOnce);
    }

    public CaseSituation withCauseKnown(boolean known) {
        return new CaseSituation(categoryId, indigenous, emergency, known, returned, manyCasesAtOnce);
    }

    public CaseSituation withReturned() {
        return new CaseSituation(categoryId, indigenous, emergency, knownCause, true, manyCasesAtOnce);
    }

    public CaseSituation withManyCasesAtOnce() {
        return new CaseSituation(categoryId, indigenous, emergency, knownCause, returned, true);
    }
}
