package tw.huixiao.platform.application;

import java.time.Instant;
import java.time.LocalDate;
import tw.huixiao.platform.domain.casework.CaseStatus;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.detection.CaseKind;

/**
 * A case as the API and UI show it. {@code policy} is the module version the case follows;
 * {@code policyAvailable} is false if that version is no longer loaded on this server.
 * {@code status} is OPEN or CLOSED (listed or not); {@code state} is where the case stands in
 * its life since {@code stateSince}; {@code kind} comes from the module's category; {@code tier}
 * is the counselling tier (三級輔導); the assigned people are user ids of the school.
 */
public record CaseView(long id, long studentId, String studentName, String categoryId, String categoryZhTw,
                       String categoryEn, CaseStatus status, LocalDate openedOn, Instant openedAt, String openingNote,
                       Instant closedAt, String closingNote, PinnedPolicy policy, LocalDate returnedOn,
                       Boolean causeKnown, boolean emergency, boolean openedByEngine,
                       long version, CaseKind kind, CaseState state, Instant stateSince, int tier,
                       Long homeroomTeacherId, Long mentorTeacherId, Long counsellorId, Long caseManagerId) {

    public record PinnedPolicy(String id, String version, String zhTw, String en, boolean available) {
    }
}
