package tw.huixiao.platform.application;

import java.time.Instant;
import java.time.LocalDate;
import tw.huixiao.platform.domain.casework.CaseStatus;

/**
 * A case as the API and UI show it. {@code policy} is the module version the case follows;
 * {@code policyAvailable} is false if that version is no longer loaded on this server.
 */
public record CaseView(long id, long studentId, String studentName, String categoryId, String categoryZhTw,
                       String categoryEn, CaseStatus status, LocalDate openedOn, Instant openedAt, String openingNote,
                       Instant closedAt, String closingNote, PinnedPolicy policy, LocalDate returnedOn,
                       Boolean causeKnown, boolean emergency, boolean openedByEngine,
                       long version) {

    public record PinnedPolicy(String id, String version, String zhTw, String en, boolean available) {
    }
}
