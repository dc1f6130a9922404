package tw.huixiao.platform.domain.casework;

/**
 * Which cases to list: by status and student (null = any); {@code homeroomOf} / {@code mentoredBy}
 * restrict to students of that homeroom teacher's classes or that mentor's assignments.
 */
public record CaseSearch(CaseStatus status, Long studentId, Long homeroomOf, Long mentoredBy, int offset, int limit) {
}
