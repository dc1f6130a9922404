package tw.huixiao.platform.application.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.casework.ReferralFlow.Action;
import tw.huixiao.platform.application.casework.ReferralFlow.Status;

/** A referral's life: draft → sent → accepted / rejected → replied (YL-REPLY) → closed, nothing else. */
class ReferralFlowTest {

    @Test
    void theWayThroughAndTheWayOutOfARejection() {
        Status s = Status.DRAFT;
        s = ReferralFlow.next(s, Action.CONSENT);
        assertEquals(Status.DRAFT, s, "consent is recorded on the draft");
        s = ReferralFlow.next(s, Action.SEND);
        assertEquals(Status.SENT, s);
        assertEquals(Status.REJECTED, ReferralFlow.next(s, Action.REJECT));
        assertEquals(Status.CLOSED, ReferralFlow.next(Status.REJECTED, Action.CLOSE));
        s = ReferralFlow.next(s, Action.ACCEPT);
        s = ReferralFlow.next(s, Action.REPLY);
        assertEquals(Status.REPLIED, s);
        assertEquals(Status.CLOSED, ReferralFlow.next(s, Action.CLOSE));
        assertEquals(Status.CLOSED, ReferralFlow.next(Status.DRAFT, Action.CLOSE), "a draft may be withdrawn");
    }

    @Test
    void everyOtherStepIsAConflictThatSaysWhatIsPossible() {
        int refused = 0;
        for (Status from : Status.values()) {
            for (Action action : Action.values()) {
                if (!ReferralFlow.possible(from).contains(action)) {
                    assertThrows(StateConflictException.class, () -> ReferralFlow.next(from, action), from + " " + action);
                    refused++;
                }
            }
        }
        assertEquals(6 * 6 - 8, refused, "eight steps are possible in all");
        StateConflictException acceptingADraft = assertThrows(StateConflictException.class,
                () -> ReferralFlow.next(Status.DRAFT, Action.ACCEPT));
        assertTrue(acceptingADraft.getMessage().contains("草稿"), acceptingADraft.getMessage());
        assertTrue(acceptingADraft.getMessage().contains("possible: CONSENT, SEND, CLOSE"), acceptingADraft.getMessage());
        assertEquals(List.of(), ReferralFlow.possible(Status.CLOSED));
        assertTrue(assertThrows(StateConflictException.class, () -> ReferralFlow.next(Status.CLOSED, Action.REPLY))
                .getMessage().contains("nothing follows"));
    }
}
