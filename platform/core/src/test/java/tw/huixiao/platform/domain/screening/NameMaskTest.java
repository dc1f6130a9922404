package tw.huixiao.platform.domain.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** YL-ROSTER: 附表二 prints names anonymised as 黃○進. */
class NameMaskTest {

    @Test
    void aThreeCharacterNameKeepsItsFirstAndLastCharacter() {
        assertEquals("黃○進", NameMask.mask("黃小進"));
    }

    @Test
    void aTwoCharacterNameKeepsTheSurname() {
        assertEquals("王○", NameMask.mask("王明"));
    }

    @Test
    void everyMiddleCharacterOfALongerNameIsMasked() {
        assertEquals("陳○○華", NameMask.mask("陳小美華"));
        assertEquals("林○○○安", NameMask.mask("林一二三安"));
    }

    @Test
    void compoundSurnamesAndIndigenousNamesFollowTheSameRule() {
        assertEquals("歐○○華", NameMask.mask("歐陽小華"), "a compound surname (複姓) is masked after its first character");
        assertEquals("司○光", NameMask.mask("司馬光"));
        assertEquals("瓦○○○○幹", NameMask.mask("瓦歷斯‧諾幹"), "the separator of an indigenous name is a middle character");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOne() {
        assertEquals("𡘙○明", NameMask.mask("𡘙小明"));
        assertEquals("王○𡘙", NameMask.mask("王小𡘙"));
    }

    @Test
    void aMaskedNameStaysAsItIsAndSpacesAroundAreIgnored() {
        assertEquals("王○明", NameMask.mask(" 王○明 "));
    }

    @Test
    void aOneCharacterNameIsMaskedWholeAndAnEmptyNameIsRefused() {
        assertEquals("○", NameMask.mask("明"));
        assertThrows(IllegalArgumentException.class, () -> NameMask.mask("  "));
        assertThrows(IllegalArgumentException.class, () -> NameMask.mask(null));
    }
}
