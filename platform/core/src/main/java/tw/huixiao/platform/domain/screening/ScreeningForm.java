package tw.huixiao.platform.domain.screening;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the platform reads from and writes into the Yunlin module's 附表一 高關懷學生評估指標及輔導表
 * (YL-SCREEN), 附表二 高關懷學生名冊 (YL-ROSTER) and 附表三 (YL-REF-DROPOUT): form ids, stage keys, field keys and option
 * codes as {@code YunlinForms} declares them. The module's definitions stay the source of the
 * fields, their labels and their validation; only these keys are known here, because screening
 * campaigns prefill 附表一, act on its stage-4 strategy and turn it into 附表二 rows.
 */
public final class ScreeningForm {

    public static final String ASSESSMENT = "YL-T1-ASSESSMENT";
    public static final String ROSTER = "YL-T2-ROSTER";
    /** 附表二's 學年度 and its table of students (columns as {@link RosterRows} writes them). */
    public static final String ROSTER_SCHOOL_YEAR = "schoolYear";
    public static final String ROSTER_STUDENTS = "students";
    public static final String ROSTER_CRISIS_STATE = "crisisState";
    /** 附表五 高風險家庭評估表 (YL-REF-FAMILY), which the 導師 fills when stage 4 notifies a high-risk family. */
    public static final String HIGH_RISK_FAMILY = "YL-T5-HIGH-RISK-FAMILY";

    /** 附表三 中輟高關懷群學生轉介單's behaviour codes A–L (YL-REF-DROPOUT), shown with the referral carrying it. */
    public static final String BEHAVIOUR_CODES = "behaviourCodes";

    public static final String HOMEROOM_CRISIS_STAGE = "stage2";
    public static final String COUNSELLOR_STAGE = "stage3";
    public static final String STRATEGY_STAGE = "stage4";

    /** 第一階段 高關懷學生指標: the eight checklists. A student with none ticked is not high-care. */
    public static final List<String> INDICATORS = List.of("physicalMentalCrisis", "behaviourCrisis", "learningGapCrisis",
            "familyFunctionCrisis", "careFunctionCrisis", "schoolAdjustmentCrisis", "interpersonalCrisis",
            "overSocialisationCrisis");
    public static final String FAMILY_BACKGROUND = "familyBackground";
    public static final String CRISIS_BY_COUNSELLOR = "crisisByCounsellor";
    public static final String STRATEGY = "strategy";
    public static final String HIGH_CARE_COURSE_KIND = "highCareCourseKind";
    public static final String INTERMEDIATE_EDUCATION_KIND = "intermediateEducationKind";

    /** 第四階段 輔導策略 options. */
    public static final String WATCH_ONLY = "WATCH_ONLY";
    public static final String MENTOR_TEACHER = "MENTOR_TEACHER";
    public static final String HIGH_CARE_COURSE = "HIGH_CARE_COURSE";
    public static final String INTERMEDIATE_EDUCATION = "INTERMEDIATE_EDUCATION";
    public static final String DROPOUT_OUTREACH = "DROPOUT_OUTREACH";
    public static final String CHILD_PROTECTION = "CHILD_PROTECTION";
    public static final String PSYCHOLOGIST = "PSYCHOLOGIST";
    public static final String HIGH_RISK_FAMILY_STRATEGY = "HIGH_RISK_FAMILY";
    public static final String OTHER_PROGRAMME = "OTHER_PROGRAMME";

    /** Strategies 附表二 has a box for, under the same code. */
    static final Set<String> ROSTER_STRATEGIES = Set.of(MENTOR_TEACHER, HIGH_CARE_COURSE, CHILD_PROTECTION,
            HIGH_RISK_FAMILY_STRATEGY);
    /** 附表二 "需轉介其他單位 名稱: ____". */
    static final String ROSTER_OTHER_UNIT = "OTHER_UNIT";

    /** Where a student's screening stands. */
    public enum Outcome {
        /** nobody signed stage 1 yet */
        NOT_STARTED,
        /** stages 1–3 signed, with indicators */
        IN_PROGRESS,
        /** stage 1 signed with no indicator ticked: not a high-care student */
        SCREENED_OUT,
        /** stage 4 signed: 目前暫無積極介入處遇之需求，列入關懷對象 only */
        WATCH,
        /** stage 4 signed with a strategy that needs follow-up: on the roster */
        HIGH_CARE
    }

    private ScreeningForm() {
    }

    public static Outcome outcome(int stagesSigned, JsonObject data) {
        if (stagesSigned == 0) {
            return Outcome.NOT_STARTED;
        }
        if (stagesSigned < 4) {
            return stagesSigned == 1 && !hasIndicators(data) ? Outcome.SCREENED_OUT : Outcome.IN_PROGRESS;
        }
        return activeStrategies(data).isEmpty() ? Outcome.WATCH : Outcome.HIGH_CARE;
    }

    public static boolean hasIndicators(JsonObject data) {
        return INDICATORS.stream().anyMatch(f -> !codes(data, f).isEmpty());
    }

    /** The strategies of stage 4 that need follow-up (everything but 列入關懷對象). */
    public static List<String> activeStrategies(JsonObject data) {
        return codes(data, STRATEGY).stream().filter(c -> !c.equals(WATCH_ONLY)).toList();
    }

    /** The option codes of a choice field, in the order stored. */
    public static List<String> codes(JsonObject data, String field) {
        List<String> found = new ArrayList<>();
        JsonValue value = data == null ? null : data.get(field);
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                code(v).ifPresent(found::add);
            }
        } else if (value != null) {
            code(value).ifPresent(found::add);
        }
        return found;
    }

    /** The text of an option that asks for one (其他：＿＿), if chosen. */
    public static Optional<String> text(JsonObject data, String field, String code) {
        JsonValue value = data == null ? null : data.get(field);
        List<JsonValue> values = value instanceof JsonArray a ? a : value == null ? List.of() : List.of(value);
        return values.stream().filter(v -> v instanceof JsonObject o && code.equals(o.getString("code", null)))
                .map(v -> ((JsonObject) v).getString("text", null)).filter(t -> t != null).findFirst();
    }

    private static Optional<String> code(JsonValue v) {
        if (v instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (v instanceof JsonObject o && o.get("code") instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        return Optional.empty();
    }
}
