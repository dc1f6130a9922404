package tw.huixiao.platform.application.overview;

import java.time.Instant;

public record IdleCase(long caseId, String studentName, String className, String categoryId, String policyId,
                       String policyVersion, String state, Instant lastActivity) {
}
