package tw.huixiao.platform.application.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import tw.huixiao.policy.spi.casework.PlacementRule;

/**
 * The placement recommendation for a re-enrolling student (NT-PLACEMENT), from dates: time away
 * is {@code Period.between(leftOn, on)} — from the first day away to the day of re-enrolment, so
 * the same date a year later is "one year" — and the age is the completed years on that day
 * (已滿十五歲: the 15th birthday counts). The county module's rule decides from those two.
 */
public final class PlacementAdvice {

    /** What the placement meeting starts from. */
    public record Advice(String ruleId, LocalDate leftOn, LocalDate on, Period timeAway, int ageYears, String code,
                         String zhTw, String en, List<String> alternatives) {
    }

    private PlacementAdvice() {
    }

    public static Period timeAway(LocalDate leftOn, LocalDate on) {
        Objects.requireNonNull(leftOn, "left on");
        Objects.requireNonNull(on, "on");
        if (on.isBefore(leftOn)) {
            throw new IllegalArgumentException("re-enrolment " + on + " before leaving on " + leftOn);
        }
        return Period.between(leftOn, on);
    }

    /** Completed years of age on the day. */
    public static int age(LocalDate birthDate, LocalDate on) {
        Objects.requireNonNull(birthDate, "birth date");
        return on.isBefore(birthDate) ? 0 : Period.between(birthDate, on).getYears();
    }

    public static Advice advise(PlacementRule rule, LocalDate leftOn, LocalDate birthDate, LocalDate on) {
        Period away = timeAway(leftOn, on);
        int age = age(birthDate, on);
        PlacementRule.Recommendation r = rule.recommend(away, age);
        return new Advice(rule.ruleId().toString(), leftOn, on, away, age, r.code(), r.text().zhTw(), r.text().en(),
                r.alternatives());
    }
}
