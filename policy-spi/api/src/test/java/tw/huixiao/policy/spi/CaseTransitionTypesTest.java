package tw.huixiao.policy.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.casework.ForbiddenTransition;

class CaseTransitionTypesTest {

    private static final ForbiddenTransition NOT_BEFORE_RETURN = ForbiddenTransition.of("TY-D3-CASE-MEETING",
            Set.of(CaseState.OPEN, CaseState.REPORTED), CaseState.FOLLOW_UP, "學生到校後始追蹤", "Tracking starts once back");

    @Test
    void aForbiddenTransitionMatchesItsStatesAndCategories() {
        assertTrue(NOT_BEFORE_RETURN.forbids("TW-DROPOUT", CaseState.OPEN, CaseState.FOLLOW_UP));
        assertTrue(NOT_BEFORE_RETURN.forbids("TY-AT-RISK", CaseState.REPORTED, CaseState.FOLLOW_UP));
        assertFalse(NOT_BEFORE_RETURN.forbids("TW-DROPOUT", CaseState.RETURNED, CaseState.FOLLOW_UP));
        assertFalse(NOT_BEFORE_RETURN.forbids("TW-DROPOUT", CaseState.OPEN, CaseState.REPORTED));
        ForbiddenTransition onlyDropout = new ForbiddenTransition(RuleId.of("NT-PLACEMENT"), Set.of(CaseState.OPEN),
                CaseState.PLACEMENT, Set.of("NT-CAT1"), LocalizedText.of("復學後安置", "Placement after re-enrolment"));
        assertTrue(onlyDropout.forbids("NT-CAT1", CaseState.OPEN, CaseState.PLACEMENT));
        assertFalse(onlyDropout.forbids("NT-CAT2", CaseState.OPEN, CaseState.PLACEMENT));
    }

    @Test
    void aForbiddenTransitionNamesWhereItStartsAndIsNotALoop() {
        assertThrows(IllegalArgumentException.class, () -> ForbiddenTransition.of("TY-D3-CASE-MEETING", Set.of(),
                CaseState.FOLLOW_UP, "中", "en"));
        assertThrows(IllegalArgumentException.class, () -> ForbiddenTransition.of("TY-D3-CASE-MEETING",
                Set.of(CaseState.FOLLOW_UP), CaseState.FOLLOW_UP, "中", "en"));
    }

    @Test
    void modulesForbidNothingByDefaultAndTheLookUpFindsTheirRule() {
        CountyPolicy silent = () -> PolicyIdentity.builder("kinmen", "1.0.0").serves(CountyCode.of("KINMEN"))
                .displayName("金門縣", "Kinmen").build();
        assertEquals(Optional.empty(), silent.transitionRule("TW-DROPOUT", CaseState.OPEN, CaseState.FOLLOW_UP));
        CountyPolicy strict = new CountyPolicy() {
            @Override
            public PolicyIdentity identity() {
                return silent.identity();
            }

            @Override
            public List<ForbiddenTransition> forbiddenTransitions() {
                return List.of(NOT_BEFORE_RETURN);
            }
        };
        assertEquals(Optional.of(NOT_BEFORE_RETURN),
                strict.transitionRule("TW-DROPOUT", CaseState.OPEN, CaseState.FOLLOW_UP));
        assertEquals(Optional.empty(), strict.transitionRule("TW-DROPOUT", CaseState.RETURNED, CaseState.FOLLOW_UP));
    }
}
