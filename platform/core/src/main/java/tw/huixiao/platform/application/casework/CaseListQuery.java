package tw.huixiao.platform.application.casework;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.casework.CaseListService.Filter;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.detection.CaseKind;

/**
 * The case list's filter as URL query parameters, one name per field of {@link Filter}:
 * {@code kind}, {@code categoryId}, {@code state} (repeated, one per state), {@code tier},
 * {@code ladderDay}, {@code overdue=true}, {@code classId}. The export reads them and the UI's
 * export links write them, so a link always asks for what the list shows.
 */
public final class CaseListQuery {

    private static final String KIND = "kind";
    private static final String CATEGORY = "categoryId";
    private static final String STATE = "state";
    private static final String TIER = "tier";
    private static final String LADDER_DAY = "ladderDay";
    private static final String OVERDUE = "overdue";
    private static final String CLASS = "classId";

    private static final List<String> NAMES = List.of(KIND, CATEGORY, STATE, TIER, LADDER_DAY, OVERDUE, CLASS);

    private CaseListQuery() {
    }

    /** The filter as a query string without the leading '?', in a fixed order; empty for {@link Filter#ANY}. */
    public static String of(Filter filter) {
        StringJoiner query = new StringJoiner("&");
        if (filter.kind() != null) {
            query.add(KIND + "=" + filter.kind().name());
        }
        if (filter.categoryId() != null) {
            query.add(CATEGORY + "=" + URLEncoder.encode(filter.categoryId(), StandardCharsets.UTF_8));
        }
        if (filter.states() != null) {
            filter.states().stream().sorted().forEach(s -> query.add(STATE + "=" + s.name()));
        }
        if (filter.tier() != null) {
            query.add(TIER + "=" + filter.tier());
        }
        if (filter.ladderDay() != null) {
            query.add(LADDER_DAY + "=" + filter.ladderDay());
        }
        if (filter.overdueOnly()) {
            query.add(OVERDUE + "=true");
        }
        if (filter.classId() != null) {
            query.add(CLASS + "=" + filter.classId());
        }
        return query.toString();
    }

    /**
     * The filter the parameters ask for; an empty value is no filter. {@code alsoAccepted} names
     * the caller's own parameters (e.g. {@code format}); any other name — an old {@code status}
     * among them — is refused rather than silently widening the result. Every problem is listed,
     * each on its parameter's name.
     */
    public static Filter parse(Map<String, List<String>> parameters, Set<String> alsoAccepted) {
        List<FieldError> errors = new ArrayList<>();
        parameters.keySet().stream().filter(name -> !NAMES.contains(name) && !alsoAccepted.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, "不支援的篩選條件；可用 " + String.join("、", NAMES)
                        + " (unknown parameter; use " + String.join(", ", NAMES) + ")")));
        CaseKind kind = single(parameters, KIND, errors, v -> CaseKind.valueOf(v.toUpperCase(Locale.ROOT)),
                "個案類型應為 " + names(CaseKind.values()) + " 之一 (kind is one of " + names(CaseKind.values()) + ")");
        String categoryId = single(parameters, CATEGORY, errors, v -> v, null);
        Set<CaseState> states = states(parameters.getOrDefault(STATE, List.of()), errors);
        Integer tier = single(parameters, TIER, errors, Integer::valueOf, "輔導層級為 1、2 或 3 (tier is 1, 2 or 3)");
        Integer ladderDay = single(parameters, LADDER_DAY, errors, Integer::valueOf,
                "追蹤日為自 1 起的整數 (ladderDay is a whole number from 1)");
        Boolean overdue = single(parameters, OVERDUE, errors, CaseListQuery::bool,
                "逾期篩選應為 true 或 false (overdue is true or false)");
        Long classId = single(parameters, CLASS, errors, Long::valueOf, "班級應為班級編號 (classId is a class's id)");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Filter(kind, categoryId, states, tier, ladderDay, Boolean.TRUE.equals(overdue), classId);
    }

    /** A parameter given at most once; null when absent or empty. */
    private static <T> T single(Map<String, List<String>> parameters, String name, List<FieldError> errors,
                                Function<String, T> parser, String invalid) {
        List<String> values = parameters.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank())
                .toList();
        if (values.size() > 1) {
            errors.add(new FieldError(name, "此條件只能給一次 (give " + name + " once)"));
            return null;
        }
        if (values.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(values.get(0).trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, invalid));
            return null;
        }
    }

    private static Set<CaseState> states(List<String> values, List<FieldError> errors) {
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        Set<String> unknown = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                states.add(CaseState.valueOf(value.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                unknown.add(value.trim());
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(STATE, "個案狀態應為 " + names(CaseState.values()) + " (state is one of "
                    + names(CaseState.values()) + "; not " + String.join(", ", unknown) + ")"));
        }
        return states.isEmpty() ? null : states;
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
