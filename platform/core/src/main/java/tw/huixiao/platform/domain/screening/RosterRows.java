package tw.huixiao.platform.domain.screening;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import tw.huixiao.policy.spi.screening.ScreeningCampaign;
import tw.huixiao.policy.spi.screening.ScreeningFollowUp;
import tw.huixiao.policy.spi.screening.ScreeningRoster;

/**
 * The data of a school year's roster (e.g. Yunlin's 附表二 高關懷學生名冊), built from each listed student's
 * current screening form with the strategy stage signed: 編號, 日期 (the day the strategy was stamped),
 * 年級, the name masked ({@link NameMask}: only the mask is ever stored), the family background and the
 * counsellor's crisis states as the screening has them (the same codes), and the strategies in the
 * roster's boxes — under their own code, or, for a follow-up with a roster unit, in the "other unit"
 * box as the module words it. Rows are numbered by date, grade and masked name. Keys are
 * {@link ScreeningRoster}'s.
 */
public final class RosterRows {

    /** A listed student: when the strategy was stamped, the grade, the real name (masked here) and the form data. */
    public record Entry(LocalDate date, int grade, String name, JsonObject assessment) {
    }

    private RosterRows() {
    }

    /**
     * The roster's form data. {@code label} gives an option's zh-TW label of the screening form
     * (field, code), for the options named in the other-unit box.
     */
    public static JsonObject roster(ScreeningForm screening, ScreeningRoster form, int schoolYear, List<Entry> entries,
                                    BiFunction<String, String, String> label) {
        ScreeningCampaign c = screening.campaign();
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(Entry::date).thenComparingInt(Entry::grade)
                .thenComparing(e -> NameMask.mask(e.name())));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        int number = 0;
        for (Entry e : ordered) {
            number++;
            JsonObject a = e.assessment();
            var row = Json.createObjectBuilder()
                    .add(ScreeningRoster.NUMBER, String.valueOf(number))
                    .add(ScreeningRoster.DATE, e.date().toString())
                    .add(ScreeningRoster.GRADE, e.grade() + "年級")
                    .add(ScreeningRoster.MASKED_NAME, NameMask.mask(e.name()));
            JsonValue family = c.familyBackgroundField() == null ? null : a.get(c.familyBackgroundField());
            if (family != null) {
                row.add(ScreeningRoster.FAMILY_BACKGROUND, family);
            }
            JsonValue crisis = a.get(c.crisisField());
            row.add(ScreeningRoster.CRISIS_STATE, crisis == null ? JsonValue.EMPTY_JSON_ARRAY : crisis);
            row.add(ScreeningRoster.STRATEGY, strategy(screening, form, a, label));
            rows.add(row);
        }
        return Json.createObjectBuilder().add(ScreeningRoster.SCHOOL_YEAR, schoolYear)
                .add(ScreeningRoster.STUDENTS, rows).build();
    }

    /** The stage's strategies in the roster's boxes. */
    static JsonValue strategy(ScreeningForm screening, ScreeningRoster form, JsonObject assessment,
                              BiFunction<String, String, String> label) {
        ScreeningCampaign c = screening.campaign();
        JsonArrayBuilder boxes = Json.createArrayBuilder();
        List<String> otherUnits = new ArrayList<>();
        for (String code : screening.activeStrategies(assessment)) {
            Optional<ScreeningFollowUp> followUp = c.followUp(code);
            String unit = followUp.map(ScreeningFollowUp::rosterUnit).orElse(null);
            if (unit == null) {
                boxes.add(code);
                continue;
            }
            String kinds = "";
            if (followUp.get().detailField() != null) {
                String field = followUp.get().detailField();
                List<String> chosen = ScreeningForm.codes(assessment, field).stream()
                        .map(k -> ScreeningForm.text(assessment, field, k).orElseGet(() -> label.apply(field, k)))
                        .toList();
                kinds = chosen.isEmpty() ? "" : "（" + String.join("、", chosen) + "）";
            }
            String text = ScreeningForm.text(assessment, c.strategyField(), code)
                    .orElseGet(() -> label.apply(c.strategyField(), code).replaceAll("[_＿]+", "")
                            .replaceAll("[，,：:(（\s]*(名稱|單位)?[：:]?[)）]?$", ""));
            otherUnits.add(unit.replace("{kinds}", kinds).replace("{text}", text));
        }
        if (!otherUnits.isEmpty()) {
            boxes.add(Json.createObjectBuilder().add("code", form.otherUnitCode())
                    .add("text", String.join("、", otherUnits)));
        }
        return boxes.build();
    }
}
