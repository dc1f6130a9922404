package tw.huixiao.platform.domain.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.domain.screening.ScreeningForm.Outcome;
import tw.huixiao.policy.spi.screening.ScreeningRoster;
import tw.huixiao.policy.yunlin.YunlinPolicy;

/** YL-SCREEN outcomes of 附表一 and YL-ROSTER rows of 附表二, as Yunlin's module declares its screening (SPI 1.6). */
class ScreeningFormTest {

    private static final YunlinPolicy YUNLIN = new YunlinPolicy();
    private static final ScreeningForm SCREENING = ScreeningForm.of(YUNLIN).orElseThrow();
    private static final ScreeningRoster ROSTER = SCREENING.campaign().rosterForm().orElseThrow();

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void aStudentWithoutIndicatorsIsScreenedOutAfterStageOne() {
        JsonObject none = json("{\"studentName\":\"王○明\"}");
        assertEquals(Outcome.NOT_STARTED, SCREENING.outcome(0, none));
        assertEquals(Outcome.SCREENED_OUT, SCREENING.outcome(1, none));
        JsonObject some = json("{\"behaviourCrisis\":[\"FREQUENT_LEAVE_OR_TRUANCY\"]}");
        assertEquals(Outcome.IN_PROGRESS, SCREENING.outcome(1, some));
        assertEquals(Outcome.IN_PROGRESS, SCREENING.outcome(3, some));
    }

    @Test
    void theModuleDeclaresFourStagesAndItsFormsAndRules() {
        assertEquals(4, SCREENING.stages());
        assertEquals("YL-T1-ASSESSMENT", SCREENING.formId());
        assertEquals("YL-SCREEN", SCREENING.campaign().ruleId().value());
        assertEquals("YL-T2-ROSTER", ROSTER.formId());
        assertEquals("YL-ROSTER", ROSTER.ruleId().value());
    }

    @Test
    void stageFourDecidesBetweenWatchAndHighCare() {
        assertEquals(Outcome.WATCH, SCREENING.outcome(4, json("{\"strategy\":[\"WATCH_ONLY\"]}")));
        assertEquals(Outcome.HIGH_CARE, SCREENING.outcome(4, json("{\"strategy\":[\"WATCH_ONLY\",\"MENTOR_TEACHER\"]}")));
        assertEquals(List.of("MENTOR_TEACHER"), SCREENING.activeStrategies(
                json("{\"strategy\":[\"WATCH_ONLY\",\"MENTOR_TEACHER\"]}")));
    }

    @Test
    void rosterRowsAreNumberedByDateAndCarryOnlyMaskedNames() {
        JsonObject a = json("""
                {"familyBackground":["SINGLE_PARENT"],"crisisByCounsellor":["YL-C1",{"code":"OTHER","text":"作息"}],
                 "strategy":["MENTOR_TEACHER","PSYCHOLOGIST",{"code":"DROPOUT_OUTREACH","text":"外展甲"}],
                 "intermediateEducationKind":["ANQIN_SCHOOL"]}""");
        JsonObject b = json("""
                {"crisisByCounsellor":["YL-C7"],"strategy":["HIGH_RISK_FAMILY","INTERMEDIATE_EDUCATION"],
                 "intermediateEducationKind":["RESOURCE_HALFWAY_CLASS",{"code":"OTHER","text":"夜間班"}]}""");
        JsonObject roster = RosterRows.roster(SCREENING, ROSTER, 114, List.of(
                new RosterRows.Entry(LocalDate.of(2026, 3, 5), 8, "歐陽小華", a),
                new RosterRows.Entry(LocalDate.of(2026, 3, 4), 7, "王明", b)),
                (field, code) -> code.equals("RESOURCE_HALFWAY_CLASS") ? "資源式中途班" : code);
        assertEquals(json("""
                {"schoolYear":114,"students":[
                 {"number":"1","date":"2026-03-04","grade":"7年級","maskedName":"王○","crisisState":["YL-C7"],
                  "strategy":["HIGH_RISK_FAMILY",{"code":"OTHER_UNIT","text":"中介教育（資源式中途班、夜間班）"}]},
                 {"number":"2","date":"2026-03-05","grade":"8年級","maskedName":"歐○○華","familyBackground":["SINGLE_PARENT"],
                  "crisisState":["YL-C1",{"code":"OTHER","text":"作息"}],
                  "strategy":["MENTOR_TEACHER",{"code":"OTHER_UNIT","text":"心理師個別諮商、中輟外展服務（外展甲）"}]}]}"""),
                roster);
        assertEquals(-1, roster.toString().indexOf("歐陽小華"), "never the name itself");
    }
}
