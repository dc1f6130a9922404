package tw.huixiao.platform.domain.escalation;

import java.time.LocalDate;

/**
 * A run of school days a student did not come: an unexcused streak, or the days since the
 * semester started (not registered) or since a transfer (not arrived). Ladder day N is the
 * N-th school day from {@code startedOn}; the episode becomes a case at its category's threshold.
 */
public record Episode(Long id, long studentId, String categoryId, String policyId, String policyVersion,
                      LocalDate startedOn, LocalDate lastAbsentOn, LocalDate returnedOn, int ladderDay,
                      boolean finished, Long caseId) {

    public Episode withLastAbsentOn(LocalDate day) {
        return new Episode(id, studentId, categoryId, policyId, policyVersion, startedOn, day, returnedOn, ladderDay,
                finished, caseId);
    }

    public Episode withReturnedOn(LocalDate day) {
        return new Episode(id, studentId, categoryId, policyId, policyVersion, startedOn, lastAbsentOn, day, ladderDay,
                finished, caseId);
    }

    public Episode withLadderDay(int day) {
        return new Episode(id, studentId, categoryId, policyId, policyVersion, startedOn, lastAbsentOn, returnedOn, day,
                finished, caseId);
    }

    public Episode finish() {
        return new Episode(id, studentId, categoryId, policyId, policyVersion, startedOn, lastAbsentOn, returnedOn,
                ladderDay, true, caseId);
    }

    public Episode withCase(long id) {
        return new Episode(this.id, studentId, categoryId, policyId, policyVersion, startedOn, lastAbsentOn, returnedOn,
                ladderDay, finished, id);
    }

    public boolean returned() {
        return returnedOn != null;
    }
}
