package tw.huixiao.platform.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opening a case by hand: the student, a category id of the county module, and why. */
public record CaseInput(@Schema(required = true, example = "1024") Long studentId,
                        @Schema(required = true, description = "A category of the county module (GET /policies/{id})",
                                example = "TW-DROPOUT") String categoryId,
                        @Schema(example = "連續三日未到校，家訪未遇") String note) {
}
