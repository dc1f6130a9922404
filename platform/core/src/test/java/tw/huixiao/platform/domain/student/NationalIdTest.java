package tw.huixiao.platform.domain.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NationalIdTest {

    @Test
    void acceptsTheTextbookExampleAndNormalisesCase() {
        assertEquals("A123456789", NationalId.normalize(" a123456789 "));
    }

    @Test
    void rejectsAWrongCheckDigitWithASpecificMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NationalId.normalize("A123456788"));
        assertTrue(e.getMessage().contains("檢查碼"), e.getMessage());
    }

    @Test
    void rejectsWrongShapes() {
        assertThrows(IllegalArgumentException.class, () -> NationalId.normalize("A12345678"));
        assertThrows(IllegalArgumentException.class, () -> NationalId.normalize("A323456789"));
        assertThrows(IllegalArgumentException.class, () -> NationalId.normalize(""));
    }

    @Test
    void lettersIWAndOUseTheirOfficialCodes() {
        // I=34, O=35, W=32: the letters out of alphabetical order.
        for (String prefix : new String[] {"I1", "O2", "W1", "Z2"}) {
            String id = NationalId.withCheckDigit(prefix + "2345678");
            assertEquals(id, NationalId.normalize(id));
        }
    }

    @Test
    void masksAllButTheEnds() {
        assertEquals("A1******89", NationalId.mask("A123456789"));
    }
}
