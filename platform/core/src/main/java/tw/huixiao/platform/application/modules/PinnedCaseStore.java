package tw.huixiao.platform.application.modules;

import java.time.LocalDate;
import java.util.List;

/**
 * Open cases by the module version they are pinned to, in one county (issue 21 §4: after a
 * rollback the bureau sees the cases that still follow the withdrawn version). Runs in the
 * caller's transaction, bound to the county's read scope ({@code Tenancy.bindCounty}).
 */
public interface PinnedCaseStore {

    /** Open cases and their schools per pinned module version. */
    record VersionCount(String moduleId, String version, int openCases, int schools) {
    }

    /** One open case pinned to a version; the student's name in full (the service masks it). */
    record PinnedCase(long caseId, long schoolId, String moeCode, String schoolName, String categoryId, String state,
                      LocalDate openedOn, String studentName) {
    }

    /** Every version that open cases of the county's schools are pinned to. */
    List<VersionCount> openByVersion(String county);

    /** The county's open cases pinned to the version, by school and opening day. */
    List<PinnedCase> open(String county, String moduleId, String version);
}
