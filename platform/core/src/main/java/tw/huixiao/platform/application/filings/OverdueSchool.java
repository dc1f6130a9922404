package tw.huixiao.platform.application.filings;

/** A school with expected filings past their due date or time, and how many. */
public record OverdueSchool(long schoolId, String name, String moeCode, long filings) {
}
