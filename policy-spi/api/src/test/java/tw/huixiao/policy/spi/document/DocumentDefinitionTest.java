package tw.huixiao.policy.spi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A document definition checks its placeholders and derives 密件 from the data it prints. */
class DocumentDefinitionTest {

    private static DocumentDefinition.Builder letter() {
        return DocumentDefinition.letter("TEST_LETTER").title("測試函", "Test letter").rule("TY-D4-REPORT")
                .to("{school.district}強迫入學委員會").original(Recipient.always("{school.district}強迫入學委員會"))
                .sentBy(DispatchMethod.FAX);
    }

    @Test
    void printingPersonalDataMakesTheDocumentConfidential() {
        DocumentDefinition personal = letter().subject("學生{student.name}未到校").needs(DocumentData.STUDENT_NAME).build();
        assertTrue(personal.confidential());
        DocumentDefinition letterhead = letter().subject("本校{school.name}地址異動").build();
        assertFalse(letterhead.confidential(), "letterhead data alone is not personal");
    }

    @Test
    void undeclaredCaseDataIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> letter().subject("家長{guardian.name}").build());
        assertEquals("TEST_LETTER: placeholders not declared in needs [guardian.name]", e.getMessage());
    }

    @Test
    void unknownPlaceholdersAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> letter().subject("身分證{student.nationalId}").build());
        assertEquals("TEST_LETTER: unknown placeholders [student.nationalId]", e.getMessage());
    }

    @Test
    void aLetterNeedsAnAddresseeAndAMethodOfSending() {
        assertThrows(IllegalArgumentException.class, () -> DocumentDefinition.letter("NO_ADDRESSEE").title("函", "Letter")
                .rule("TY-D4-REPORT").subject("主旨").sentBy(DispatchMethod.FAX).build());
        assertThrows(IllegalArgumentException.class, () -> DocumentDefinition.form("NO_METHOD").title("表", "Form")
                .rule("TY-D4-REPORT").subject("主旨").build());
    }
}
