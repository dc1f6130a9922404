package tw.huixiao.policy.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.timeline.CaseFacts;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Recurrence;
import tw.huixiao.policy.spi.timeline.Step;

class TimelineTypesTest {

    private static CaseFacts facts(String category, boolean indigenous, boolean returned) {
        return new CaseFacts() {
            @Override
            public String categoryId() {
                return category;
            }

            @Override
            public boolean indigenous() {
                return indigenous;
            }

            @Override
            public boolean emergency() {
                return false;
            }

            @Override
            public Optional<Boolean> causeKnown() {
                return Optional.empty();
            }

            @Override
            public boolean returned() {
                return returned;
            }
        };
    }

    @Test
    void conditionsEvaluateAndExplainThemselves() {
        Condition c = Condition.indigenous().and(Condition.not(Condition.returned()));
        assertTrue(c.test(facts("TW-DROPOUT", true, false)));
        assertFalse(c.test(facts("TW-DROPOUT", true, true)));
        assertEquals("indigenous student and not (student returned)", c.describe());
        assertTrue(Condition.causeUnknown().test(facts("X", false, false)), "unknown until established");
        assertTrue(Condition.categoryIn("NT-CAT1", "NT-CAT2").test(facts("NT-CAT2", false, false)));
    }

    @Test
    void deadlinesRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Deadline.workingDays(0));
        assertThrows(IllegalArgumentException.class, () -> Deadline.window("P6M", "P3M"));
        assertEquals(Period.ofMonths(2), ((Deadline.Within) Deadline.within("P2M")).period());
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(0, Period.ofWeeks(1), null));
    }

    @Test
    void stepsNeedARoleAndRuleIdsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Step.step("TY-D1-CONTACT").onStreakDay(1)
                .duty("聯繫", "contact").due(Deadline.sameDay()).build());
        assertThrows(IllegalArgumentException.class, () -> RuleId.of("ty-d1"));
        assertEquals("TY", RuleId.of("TY-D4-REPORT").prefix());
    }

    @Test
    void formsRefuseDuplicateFieldKeysAndChoicesWithoutOptions() {
        assertThrows(IllegalArgumentException.class, () -> Field.field("method", FieldType.SINGLE_CHOICE)
                .label("方式", "Method").build());
        assertThrows(IllegalArgumentException.class, () -> FormDefinition.form("f", 1).title("表", "Form")
                .rule("TY-D1-CONTACT")
                .section("a", "甲", "A", Field.field("date", FieldType.DATE).label("日期", "Date"))
                .section("b", "乙", "B", Field.field("date", FieldType.DATE).label("日期", "Date"))
                .build());
    }
}
