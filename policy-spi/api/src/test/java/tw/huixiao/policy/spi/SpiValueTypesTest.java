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
        // 1.1: case states and forbidden transitions (issue 6); 1.2: funding allowances (issue 7); 1.3: form prefills (issue 9);
        // 1.4: choice prefills and more case data (issue 17), Condition.stillAbsent (issue 16);
        // 1.6: screening campaigns, plan caps and filings, the heads of offices, the module class loader (issue 25)
        assertEquals(ModuleVersion.parse("1.8"), SpiVersion.current());
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

    @Test
    void agenciesValidateThemselvesAndTakeTheirDistrictsName() {
        tw.huixiao.policy.spi.casework.Agency committee = tw.huixiao.policy.spi.casework.Agency.agency("NT-CEC")
                .named("強迫入學委員會", "Compulsory education committee")
                .kind(tw.huixiao.policy.spi.casework.AgencyKind.COMPULSORY_EDUCATION_COMMITTEE).perDistrict()
                .rule("NT-D4-REPORT").build();
        assertEquals("板橋區強迫入學委員會", committee.nameIn("板橋區").zhTw());
        assertEquals("Compulsory education committee (板橋區)", committee.nameIn("板橋區").en());
        assertEquals("強迫入學委員會", committee.nameIn(null).zhTw());
        assertEquals(tw.huixiao.policy.spi.casework.Agency.ReplyKind.NOTE, committee.reply());
        tw.huixiao.policy.spi.casework.Agency social = tw.huixiao.policy.spi.casework.Agency.agency("YL-SOCIAL")
                .named("雲林縣政府社會處", "Yunlin County Social Affairs Department")
                .kind(tw.huixiao.policy.spi.casework.AgencyKind.SOCIAL_AFFAIRS).rule("YL-REF-FAMILY").build();
        assertEquals("雲林縣政府社會處", social.nameIn("斗六市").zhTw(), "only per-district agencies take the district");
        assertThrows(IllegalArgumentException.class, () -> tw.huixiao.policy.spi.casework.Agency.agency("yl social")
                .named("社會處", "Social affairs").kind(tw.huixiao.policy.spi.casework.AgencyKind.SOCIAL_AFFAIRS)
                .rule("YL-REF-FAMILY").build());
        assertThrows(NullPointerException.class, () -> tw.huixiao.policy.spi.casework.Agency.agency("YL-X")
                .named("社會處", "Social affairs").rule("YL-REF-FAMILY").build());
    }
}
