package tw.huixiao.platform.domain.screening;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The data of a school year's 附表二 高關懷學生名冊 (YL-ROSTER), built from each listed student's
 * current 附表一 with stage 4 signed: 編號, 日期 (the day stage 4 was stamped), 年級, the name masked
 * ({@link NameMask}: only the mask is ever stored), 家庭背景 and the counsellor's 危機狀態 as 附表一
 * has them (the same codes), and the strategy in 附表二's boxes — 需安排認輔老師, 需安排高關懷課程,
 * 需提報兒少保護, 需提報高風險家庭 keep their codes; referrals (中介教育, 中輟外展服務, 心理師, other
 * programmes) become 需轉介其他單位 with their names. Rows are numbered by date, grade and masked name.
 */
public final class RosterRows {

    /** A listed student: when stage 4 was stamped, the grade, the real name (masked here) and the 附表一 data. */
    public record Entry(LocalDate date, int grade, String name, JsonObject assessment) {
    }

    private RosterRows() {
    }

    /**
     * The roster's form data. {@code label} gives an option's zh-TW label of 附表一 (field, code),
     * for the kinds of intermediate education named in the 其他單位 box.
     */
    public static JsonObject roster(int schoolYear, List<Entry> entries, BiFunction<String, String, String> label) {
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(Entry::date).thenComparingInt(Entry::grade)
                .thenComparing(e -> NameMask.mask(e.name())));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        int number = 0;
        for (Entry e : ordered) {
            number++;
            JsonObject a = e.assessment();
            var row = Json.createObjectBuilder()
                    .add("number", String.valueOf(number))
                    .add("date", e.date().toString())
                    .add("grade", e.grade() + "年級")
                    .add("maskedName", NameMask.mask(e.name()));
            JsonValue family = a.get(ScreeningForm.FAMILY_BACKGROUND);
            if (family != null) {
                row.add("familyBackground", family);
            }
            row.add(ScreeningForm.ROSTER_CRISIS_STATE, a.get(ScreeningForm.CRISIS_BY_COUNSELLOR));
            row.add("strategy", strategy(a, label));
            rows.add(row);
        }
        return Json.createObjectBuilder().add(ScreeningForm.ROSTER_SCHOOL_YEAR, schoolYear)
                .add(ScreeningForm.ROSTER_STUDENTS, rows).build();
    }

    /** 附一's stage-4 strategy in 附表二's boxes. */
    static JsonValue strategy(JsonObject assessment, BiFunction<String, String, String> label) {
        JsonArrayBuilder boxes = Json.createArrayBuilder();
        List<String> otherUnits = new ArrayList<>();
        for (String code : ScreeningForm.activeStrategies(assessment)) {
            if (ScreeningForm.ROSTER_STRATEGIES.contains(code)) {
                boxes.add(code);
                continue;
            }
            switch (code) {
                case ScreeningForm.INTERMEDIATE_EDUCATION -> {
                    List<String> kinds = ScreeningForm.codes(assessment, ScreeningForm.INTERMEDIATE_EDUCATION_KIND).stream()
                            .map(k -> ScreeningForm.text(assessment, ScreeningForm.INTERMEDIATE_EDUCATION_KIND, k)
                                    .orElseGet(() -> label.apply(ScreeningForm.INTERMEDIATE_EDUCATION_KIND, k)))
                            .toList();
                    otherUnits.add("中介教育" + (kinds.isEmpty() ? "" : "（" + String.join("、", kinds) + "）"));
                }
                case ScreeningForm.DROPOUT_OUTREACH -> otherUnits.add("中輟外展服務（"
                        + ScreeningForm.text(assessment, ScreeningForm.STRATEGY, code).orElse("") + "）");
                case ScreeningForm.PSYCHOLOGIST -> otherUnits.add("心理師個別諮商");
                case ScreeningForm.OTHER_PROGRAMME -> otherUnits.add(
                        ScreeningForm.text(assessment, ScreeningForm.STRATEGY, code).orElse("其他服務方案"));
                default -> otherUnits.add(label.apply(ScreeningForm.STRATEGY, code));
            }
        }
        if (!otherUnits.isEmpty()) {
            boxes.add(Json.createObjectBuilder().add("code", ScreeningForm.ROSTER_OTHER_UNIT)
                    .add("text", String.join("、", otherUnits)));
        }
        return boxes.build();
    }
}
