package tw.huixiao.platform.application.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * county_monthly_statistics (V35): claimed before it is generated, so each county's month is
 * generated once; read by the county's bureau (county binding) and its schools (school binding).
 */
public interface MonthlyStatisticsStore {

    public record Row(long id, String county, LocalDate month, LocalDate generatedOn, Instant generatedAt, String content) {
    }

    /** The counties that have schools. */
    List<String> counties();

    /** Claims the county's month (transaction bound to the county); empty when it is already taken. */
    Optional<Long> claim(String county, LocalDate month, LocalDate generatedOn);

    void fill(long id, String content);

    /** The months of the county, newest first (bound to the county or to one of its schools). */
    List<Row> list(String county);

    Optional<Row> get(String county, LocalDate month);
}
