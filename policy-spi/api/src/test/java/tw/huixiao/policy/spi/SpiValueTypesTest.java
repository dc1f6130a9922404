package tw.huixiao.policy.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpiValueTypesTest {

    @Test
    void versionsCompareNumericallyNotAsText() {
        assertTrue(ModuleVersion.parse("1.10").compareTo(ModuleVersion.parse("1.9")) > 0);
        assertEquals(ModuleVersion.parse("2.0.0"), ModuleVersion.parse("2.0"));
        assertThrows(IllegalArgumentException.class, () -> ModuleVersion.parse("v1"));
    }

    @Test
    void spiVersionFileIsReadable() {
        // 1.1: case states and forbidden transitions (issue 6)
        assertEquals(ModuleVersion.parse("1.1"), SpiVersion.current());
    }

    @Test
    void countyCodesAreUpperCaseWords() {
        assertEquals("NEW_TAIPEI", CountyCode.of("NEW_TAIPEI").value());
        assertThrows(IllegalArgumentException.class, () -> CountyCode.of("new-taipei"));
    }

    @Test
    void localizedTextFallsBackToChinese() {
        LocalizedText t = LocalizedText.of("中輟", "dropout");
        assertEquals("dropout", t.in(Locale.ENGLISH));
        assertEquals("中輟", t.in(Locale.TAIWAN));
        assertEquals("中輟", t.in(Locale.GERMAN));
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(" ", "x"));
    }

    @Test
    void identityNeedsACountyAndADocument() {
        var builder = PolicyIdentity.builder("kinmen", "1.0").displayName("金門縣", "Kinmen");
        assertThrows(IllegalStateException.class, builder::build);
        assertThrows(IllegalArgumentException.class, () -> PolicyIdentity.builder("Bad Id", "1.0"));
    }
}
