package tw.huixiao.platform.application.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;

/**
 * What a choice prefill (SPI 1.4) puts in its field: yes/no straight from the datum, the first
 * mapped value the student has for a single choice, every one for a multi choice, and never an
 * option that asks for text (其他：＿＿), which staff must write.
 */
class FormPrefillChoiceTest {

    private static final Field INDIGENOUS = Field.field("indigenous", FieldType.YES_NO).label("是否屬原住民學生", "Indigenous")
            .build();
    private static final Field BACKGROUND = Field.field("familyBackground", FieldType.MULTI_CHOICE).label("家庭背景", "Family")
            .option("INDIGENOUS", "原住民", "Indigenous").option("SINGLE_PARENT", "單親", "Single parent")
            .option("GRANDPARENTS", "隔代教養", "Grandparents").other("OTHER", "其他", "Other").build();
    private static final Field ECONOMY = Field.field("familyEconomy", FieldType.SINGLE_CHOICE).label("家庭經濟狀況", "Economy")
            .option("lowIncome", "低收", "Low income").option("lowerMiddleIncome", "中低收", "Lower-middle income").build();

    @Test
    void yesNoFromTheRegister() {
        ChoicePrefill prefill = ChoicePrefill.yesNo("TY-CONTACT-RECORD-B", "indigenous", DocumentData.STUDENT_INDIGENOUS);
        assertEquals(Optional.of(JsonValue.TRUE), FormPrefillService.chosen(INDIGENOUS, prefill, Set.of("YES")));
        assertEquals(Optional.of(JsonValue.FALSE), FormPrefillService.chosen(INDIGENOUS, prefill, Set.of("NO")));
        assertEquals(Optional.empty(), FormPrefillService.chosen(INDIGENOUS, prefill, Set.of()), "not seen: left empty");
    }

    @Test
    void everyMappedBackgroundForAMultiChoice_theFirstForASingleChoice() {
        ChoicePrefill background = ChoicePrefill.of("YL-T1-ASSESSMENT", "familyBackground",
                        DocumentData.STUDENT_FAMILY_BACKGROUND).option("INDIGENOUS", "INDIGENOUS")
                .option("GRANDPARENT_CARE", "GRANDPARENTS").option("NEW_IMMIGRANT", "OTHER").build();
        assertEquals(Optional.of(Json.createArrayBuilder().add("INDIGENOUS").add("GRANDPARENTS").build()),
                FormPrefillService.chosen(BACKGROUND, background,
                        Set.of("GRANDPARENT_CARE", "INDIGENOUS", "NEW_IMMIGRANT", "LOW_INCOME")),
                "in the module's order; 其他 asks for text, so staff write it");
        ChoicePrefill economy = ChoicePrefill.of("TN-ISP", "familyEconomy", DocumentData.STUDENT_FAMILY_BACKGROUND)
                .option("LOW_INCOME", "lowIncome").option("MID_LOW_INCOME", "lowerMiddleIncome").build();
        assertEquals(Optional.of(Json.createValue("lowerMiddleIncome")),
                FormPrefillService.chosen(ECONOMY, economy, Set.of("SINGLE_PARENT", "MID_LOW_INCOME")));
        assertEquals(Optional.empty(), FormPrefillService.chosen(ECONOMY, economy, Set.of("SINGLE_PARENT")));
    }
}
