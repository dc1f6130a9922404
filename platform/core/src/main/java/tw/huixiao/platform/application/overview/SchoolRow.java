package tw.huixiao.platform.application.overview;

public record SchoolRow(long schoolId, String moeCode, String name, String district, String level,
                        boolean remoteArea, long enrolled, long open, long dropouts, long reEnrolled,
                        long longAbsence, long overdue, long reportsOverdue) {
}
