package tw.huixiao.platform.domain.modules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A module as the store keeps it (without its jar bytes): what it is, who signed it, what the
 * platform's checks found, and who did each step of its life and when.
 */
public record StoredModule(long id, String moduleId, String version, List<String> counties, ModuleOrigin origin,
                           String sha256, int jarBytes, String descriptor, String signerSubject, String signerSha256,
                           List<String> checks, ModuleState state, String uploadedByName, Instant uploadedAt,
                           Instant verifiedAt, String approvedByName, Instant approvedAt, String approvalNote,
                           String activatedByName, Instant activatedAt, LocalDate effectiveFrom, String retiredByName,
                           Instant retiredAt, String retireReason, long revision) {

    public StoredModule {
        counties = List.copyOf(counties);
        checks = List.copyOf(checks);
    }

    /** Active and its effective date reached: new cases of its counties may use it. */
    public boolean servesOn(LocalDate day) {
        return state == ModuleState.ACTIVE && effectiveFrom != null && !effectiveFrom.isAfter(day);
    }
}
