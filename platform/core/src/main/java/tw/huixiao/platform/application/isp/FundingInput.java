package tw.huixiao.platform.application.isp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A budget to validate, as lines of the module's funding schedule: item kind (e.g.
 * EXTERNAL_TEACHER), payee, date (for per-day limits), quantity × unit amount, and the
 * attributes the rules read (e.g. distanceKm, minutes, inSchoolHours).
 */
public record FundingInput(List<Line> lines) {

    public record Line(String itemKind, String payee, LocalDate date, BigDecimal quantity, BigDecimal unitAmount,
                       Map<String, String> attributes) {
    }
}
