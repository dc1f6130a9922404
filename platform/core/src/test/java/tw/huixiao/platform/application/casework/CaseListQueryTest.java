package tw.huixiao.platform.application.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.casework.CaseListService.Filter;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.detection.CaseKind;

/** The case list's filter as the export's query parameters: what the UI's links write, the API reads back. */
class CaseListQueryTest {

    @Test
    void everyFieldOfTheFilterSurvivesTheQueryString() {
        Filter filter = new Filter(CaseKind.DROPOUT, "TW-DROPOUT", EnumSet.of(CaseState.REPORTED, CaseState.OPEN), 2, 3,
                true, 41L);
        String query = CaseListQuery.of(filter);
        assertEquals("kind=DROPOUT&categoryId=TW-DROPOUT&state=OPEN&state=REPORTED&tier=2&ladderDay=3&overdue=true"
                + "&classId=41", query);
        assertEquals(filter, CaseListQuery.parse(parameters(query), Set.of()));
        assertEquals("", CaseListQuery.of(Filter.ANY));
        assertEquals(Filter.ANY, CaseListQuery.parse(Map.of("format", List.of("csv")), Set.of("format")));
    }

    @Test
    void emptyValuesFilterNothingAndNamesAreCaseInsensitiveInTheirValues() {
        Filter parsed = CaseListQuery.parse(Map.of("kind", List.of("dropout"), "state", List.of("closed", ""),
                "tier", List.of(""), "overdue", List.of("FALSE")), Set.of());
        assertEquals(new Filter(CaseKind.DROPOUT, null, EnumSet.of(CaseState.CLOSED), null, null, false, null), parsed);
    }

    @Test
    void everyBadParameterIsRefusedOnItsOwnName() {
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("kind", List.of("TRUANT"));
        bad.put("state", List.of("OPEN", "ACTIVE"));
        bad.put("tier", List.of("two"));
        bad.put("ladderDay", List.of("3", "4"));
        bad.put("overdue", List.of("yes"));
        bad.put("classId", List.of("801x"));
        bad.put("status", List.of("OPEN"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CaseListQuery.parse(bad, Set.of("format")));
        assertEquals(Set.of("kind", "state", "tier", "ladderDay", "overdue", "classId", "status"),
                refused.errors().stream().map(InvalidInputException.FieldError::field).collect(Collectors.toSet()));
        String state = refused.errors().stream().filter(e -> e.field().equals("state")).findFirst().orElseThrow().message();
        assertTrue(state.contains("ACTIVE") && state.contains("RE_ENROLLED"), state);
    }

    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.computeIfAbsent(nameValue[0], k -> new ArrayList<>()).add(nameValue[1]);
        }
        return parameters;
    }
}
