package tw.huixiao.policy.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Trigger;

/** One test per rule id: state the rule's behaviour as the document does. */
class TemplateCountyPolicyRulesTest {

    private final TemplateCountyPolicy policy = new TemplateCountyPolicy();

    private Step stepOnDay(int day) {
        return policy.timeline().steps().stream().filter(s -> s.trigger().equals(Trigger.streakDay(day)))
                .findFirst().orElseThrow();
    }

    @Test
    void twDropout_thirdDayMeansARegisteredLetterFromTheRegistrarTheSameDay() {
        Step letter = stepOnDay(3);
        assertEquals("TW-DROPOUT", letter.ruleId().toString());
        assertEquals(List.of(SchoolRole.REGISTRAR), letter.responsible());
        assertEquals(Deadline.sameDay(), letter.deadline());
    }

    @Test
    void twLongAbsence_isDetectedAtSevenUnexcusedDaysInASemester() {
        assertEquals("TW-LONG-ABSENCE", TemplateCountyPolicy.LONG_ABSENCE.ruleId().toString());
        assertEquals(Deadline.workingDays(3), stepOnDay(4).deadline());
    }
}
