package tw.huixiao.policy.spi.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.document.DocumentData;

/** SPI 1.4 choice prefills and the data behind them: which data fill choices, and which are personal (密件). */
class ChoicePrefillTest {

    @Test
    void onlyCodedDataFillChoices_yesNoWithoutOptions_othersThroughTheirOwnValues() {
        assertTrue(DocumentData.STUDENT_INDIGENOUS.yesNo());
        assertFalse(DocumentData.STUDENT_GENDER.yesNo());
        assertTrue(DocumentData.STUDENT_FAMILY_BACKGROUND.multiValued());
        assertTrue(DocumentData.DUTY_RULE_ID.choice(), "the module's own rule ids");
        assertFalse(DocumentData.STUDENT_NAME.choice());
        assertTrue(ChoicePrefill.yesNo("F", "indigenous", DocumentData.STUDENT_INDIGENOUS).options().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ChoicePrefill.yesNo("F", "name", DocumentData.STUDENT_NAME));
        assertThrows(IllegalArgumentException.class, () -> ChoicePrefill.yesNo("F", "sex", DocumentData.STUDENT_GENDER),
                "a choice needs its options mapped");
        assertThrows(IllegalArgumentException.class, () -> ChoicePrefill.of("F", "sex", DocumentData.STUDENT_GENDER)
                .option("MALE", "m").build(), "the register says M or F");
        assertThrows(IllegalArgumentException.class, () -> ChoicePrefill.of("F", "sex", DocumentData.STUDENT_GENDER)
                .option("M", "m").option("M", "male"), "one value mapped twice");
        ChoicePrefill background = ChoicePrefill.of("F", "economy", DocumentData.STUDENT_FAMILY_BACKGROUND)
                .option("MID_LOW_INCOME", "lowerMiddle").option("LOW_INCOME", "low").build();
        assertEquals(List.of("MID_LOW_INCOME", "LOW_INCOME"), List.copyOf(background.options().keySet()),
                "declaration order kept: it decides a single choice");
    }

    @Test
    void newDataAreDatedAndPersonalAsTheyShouldBe() {
        assertTrue(DocumentData.STUDENT_SEAT_NUMBER.personal());
        assertTrue(DocumentData.STUDENT_FAMILY_BACKGROUND.personal());
        assertTrue(DocumentData.DUTY_DUE_ON.personal() && DocumentData.DUTY_DUE_ON.date());
        assertFalse(DocumentData.DUTY_RULE_ID.personal(), "a rule id says nothing about the child");
        assertFalse(DocumentData.COUNSELLOR.personal());
        assertTrue(DocumentData.TODAY.date() && !DocumentData.TODAY.personal());
    }
}
