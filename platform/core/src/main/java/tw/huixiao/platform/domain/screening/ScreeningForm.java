package tw.huixiao.platform.domain.screening;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.policy.spi.screening.ScreeningCampaign;
import tw.huixiao.policy.spi.screening.ScreeningRoster;

/**
 * What the platform reads from and writes into a module's screening form: everything county-specific
 * — the form id, its indicator, crisis and strategy fields, the strategy stage, what each strategy
 * starts, the roster form — comes from the module's {@link ScreeningCampaign} (SPI 1.6
 * {@code CountyPolicy.screening()}). The module's form definitions stay the source of the fields,
 * their labels and their validation. Only the roster table's keys ({@link ScreeningRoster}) are the
 * SPI's own.
 */
public final class ScreeningForm {

    /** Where a student's screening stands. */
    public enum Outcome {
        /** nobody signed the first stage yet */
        NOT_STARTED,
        /** some stages signed, with indicators, the strategy stage not yet */
        IN_PROGRESS,
        /** the first stage signed with no indicator ticked: not a high-care student */
        SCREENED_OUT,
        /** the strategy stage signed with only watch-only strategies: 關懷對象 only */
        WATCH,
        /** the strategy stage signed with a strategy that needs follow-up: on the roster */
        HIGH_CARE
    }

    private final ScreeningCampaign campaign;
    private final int stages;

    private ScreeningForm(ScreeningCampaign campaign, int stages) {
        this.campaign = campaign;
        this.stages = stages;
    }

    /**
     * The screening of a module with the newest version of its form (the number of stages a campaign
     * waits for: up to and including the strategy stage), if the module screens.
     */
    public static Optional<ScreeningForm> of(CountyPolicy policy) {
        return policy.screening().flatMap(c -> policy.forms().stream().filter(f -> f.id().equals(c.formId()))
                .max(Comparator.comparingInt(FormDefinition::version)).map(f -> of(c, f)));
    }

    /** The screening with a given version of its form. */
    public static ScreeningForm of(ScreeningCampaign campaign, FormDefinition form) {
        List<String> keys = form.signOff().stream().map(SignOffStage::key).toList();
        int strategy = keys.indexOf(campaign.strategyStage());
        if (strategy < 0) {
            throw new IllegalStateException(form.id() + " v" + form.version() + " has no stage " + campaign.strategyStage());
        }
        return new ScreeningForm(campaign, strategy + 1);
    }

    public ScreeningCampaign campaign() {
        return campaign;
    }

    public String formId() {
        return campaign.formId();
    }

    /** The stages a student's screening passes until the strategy is decided. */
    public int stages() {
        return stages;
    }

    public Outcome outcome(int stagesSigned, JsonObject data) {
        if (stagesSigned == 0) {
            return Outcome.NOT_STARTED;
        }
        if (stagesSigned < stages) {
            return stagesSigned == 1 && !hasIndicators(data) ? Outcome.SCREENED_OUT : Outcome.IN_PROGRESS;
        }
        return activeStrategies(data).isEmpty() ? Outcome.WATCH : Outcome.HIGH_CARE;
    }

    public boolean hasIndicators(JsonObject data) {
        return campaign.indicatorFields().stream().anyMatch(f -> !codes(data, f).isEmpty());
    }

    /** The strategies of the strategy stage that need follow-up (everything but the watch-only ones). */
    public List<String> activeStrategies(JsonObject data) {
        return codes(data, campaign.strategyField()).stream().filter(c -> !campaign.watchOnly().contains(c)).toList();
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
