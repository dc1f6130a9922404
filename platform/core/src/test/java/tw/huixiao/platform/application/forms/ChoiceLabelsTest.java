package tw.huixiao.platform.application.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.screening.ScreeningRoster;
import tw.huixiao.policy.yunlin.YunlinPolicy;

/** Choices in words as Yunlin's 附表二 (YL-ROSTER) and 附表一 (YL-SCREEN) print them, for the screens and the export. */
class ChoiceLabelsTest {

    private static final FormDefinition ROSTER = form("YL-T2-ROSTER");
    private static final Field STRATEGY = ROSTER.fields().filter(f -> f.key().equals(ScreeningRoster.STUDENTS))
            .findFirst().orElseThrow().columns().stream().filter(c -> c.key().equals("strategy")).findFirst().orElseThrow();
    private static final Field CRISIS = ROSTER.fields().filter(f -> f.key().equals(ScreeningRoster.STUDENTS))
            .findFirst().orElseThrow().columns().stream().filter(c -> c.key().equals(ScreeningRoster.CRISIS_STATE))
            .findFirst().orElseThrow();

    @Test
    void codesBecomeTheFormsLabelsJoinedAsTheFormWritesThem() {
        assertEquals("需安排認輔老師、需提報兒少保護", ChoiceLabels.of(STRATEGY,
                Json.createArrayBuilder().add("MENTOR_TEACHER").add("CHILD_PROTECTION").build(), false));
        assertEquals("Assign a mentor teacher", ChoiceLabels.of(STRATEGY, Json.createValue("MENTOR_TEACHER"), true));
    }

    @Test
    void theTextOfAnOtherOptionFillsItsBlank() {
        assertEquals("需轉介其他單位 名稱: 心理師個別諮商", ChoiceLabels.of(STRATEGY, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "OTHER_UNIT").add("text", "心理師個別諮商")).build(), false));
        assertEquals("其他(拒學)", ChoiceLabels.of(CRISIS, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "OTHER").add("text", "拒學")).build(), false));
    }

    @Test
    void anOptionNamedWithoutItsTextDropsTheBlankAndWhatFramesIt() {
        Field assessmentStrategy = form("YL-T1-ASSESSMENT").fields()
                .filter(f -> f.key().equals("strategy")).findFirst().orElseThrow();
        assertEquals("需轉介中輟外展服務", ChoiceLabels.of(assessmentStrategy, "DROPOUT_OUTREACH", false));
        assertEquals("需轉介其他服務方案，名稱", ChoiceLabels.of(assessmentStrategy, "OTHER_PROGRAMME", false));
        assertEquals("其他", ChoiceLabels.of(CRISIS, "OTHER", false));
    }

    @Test
    void anUnknownCodeStaysAsItIs() {
        assertEquals("YL-C9、中輟之虞(時輟時復等)", ChoiceLabels.of(CRISIS,
                Json.createArrayBuilder().add("YL-C9").add("YL-C1").build(), false));
    }

    private static FormDefinition form(String id) {
        return new YunlinPolicy().forms().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
