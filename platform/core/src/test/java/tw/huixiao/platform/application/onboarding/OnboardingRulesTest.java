package tw.huixiao.platform.application.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.domain.student.Register.ClassRow;
import tw.huixiao.policy.spi.SchoolLevel;

/** The import's dates, file reading and the rollover's class names and last grades. */
class OnboardingRulesTest {

    private static LocalDate birth(String raw, List<FieldError> errors) {
        return StudentImport.birthDate(new ImportFile.Line(2, Map.of("birthDate", raw)), errors);
    }

    @Test
    void westernAndRocBirthDatesAreReadAndDatesThatDoNotExistAreErrors() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate expected = LocalDate.of(2013, 3, 4);
        for (String raw : List.of("2013-03-04", "2013/3/4", "20130304", "102/03/04", "102.3.4", "102年3月4日",
                "民國102年3月4日", "1020304")) {
            assertEquals(expected, birth(raw, errors), raw);
        }
        assertTrue(errors.isEmpty(), errors.toString());
        assertNull(birth("2013-02-30", errors));
        assertNull(birth("102/02/29", errors));
        assertNull(birth("去年", errors));
        assertEquals(3, errors.size());
        assertTrue(errors.get(0).message().startsWith("第 2 行：出生日期「2013-02-30」不存在"), errors.get(0).message());
    }

    @Test
    void aBig5FileIsReadWithItsChineseHeadersAndAMissingColumnIsNamed() {
        Map<String, String> aliases = new java.util.HashMap<>();
        ImportFile.alias(aliases, "class", "班級");
        ImportFile.alias(aliases, "name", "姓名");
        byte[] big5 = "班級,姓名\n701,王○明\n\n702,李○華\n".getBytes(Charset.forName("x-windows-950"));
        ImportFile.Parsed parsed = ImportFile.read(big5, null, aliases, Set.of("class", "name"), "班級、姓名");
        assertEquals("Big5", parsed.encoding());
        assertEquals(List.of(2, 4), parsed.lines().stream().map(ImportFile.Line::number).toList());
        assertEquals("李○華", parsed.lines().get(1).get("name"));
        ImportFile.Parsed noLastNewline = ImportFile.read("班級,姓名\n701,王○明\n702,李○華".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), null, aliases, Set.of("class", "name"), "班級、姓名");
        assertEquals(List.of(2, 3), noLastNewline.lines().stream().map(ImportFile.Line::number).toList());
        InvalidInputException missing = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> ImportFile.read("班級\n701\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), null, aliases,
                        Set.of("class", "name"), "班級、姓名"));
        assertTrue(missing.errors().get(0).message().contains("name"), missing.errors().toString());
    }

    @Test
    void classesMoveUpByTheirGradeAndTheLastGradeDependsOnTheLevel() {
        assertEquals("801", SchoolRollover.nextName(new ClassRow(1, 114, 7, "701", null)));
        assertEquals("701", SchoolRollover.nextName(new ClassRow(1, 114, 6, "601", null)));
        assertEquals("忠班", SchoolRollover.nextName(new ClassRow(1, 114, 3, "忠班", null)));
        assertEquals(6, SchoolRollover.lastGrade(SchoolLevel.ELEMENTARY));
        assertEquals(9, SchoolRollover.lastGrade(SchoolLevel.JUNIOR_HIGH));
        assertEquals(9, SchoolRollover.lastGrade(SchoolLevel.COMPLETE));
    }

    @Test
    void countiesAreNamedAsTheMoeListNamesThem() {
        assertEquals("TAINAN", CountyNames.code("台南市"));
        assertEquals("臺南市", CountyNames.zhName("TAINAN"));
        assertEquals("New Taipei", CountyNames.enName("NEW_TAIPEI"));
        assertNull(CountyNames.code("火星市"));
    }
}
