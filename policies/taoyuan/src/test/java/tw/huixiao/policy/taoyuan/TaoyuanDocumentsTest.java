package tw.huixiao.policy.taoyuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.document.DispatchMethod;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.document.DocumentLayout;
import tw.huixiao.policy.spi.document.Recipient;
import tw.huixiao.policy.spi.timeline.CaseFacts;
import tw.huixiao.policy.tck.CitesRule;

/** The templates the platform renders for the Taoyuan ladder's paper (days 3 and 4). */
class TaoyuanDocumentsTest {

    private static DocumentDefinition document(String kind) {
        return Fixture.POLICY.documents().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static List<String> recipients(List<Recipient> recipients, CaseFacts facts) {
        return recipients.stream().filter(r -> r.when().test(facts)).map(Recipient::name).toList();
    }

    @Test
    @CitesRule("TY-D3-REGISTERED-MAIL")
    void dayThree_parentNoticeGoesByPromptRegisteredMailToTheGuardian_andIsConfidential() {
        DocumentDefinition notice = document(TaoyuanLadder.PARENT_NOTICE_REGISTERED_MAIL);
        assertEquals(DocumentLayout.LETTER, notice.layout());
        assertEquals(Set.of(DispatchMethod.REGISTERED_MAIL), notice.dispatch(), "限時掛號, nothing else");
        assertEquals("最速件", notice.urgency(), "當日: the same day");
        assertTrue(notice.addressee().contains("{guardian.name}"));
        assertTrue(notice.confidential(), "names the student: 密件");
        assertTrue(notice.texts().anyMatch(t -> t.contains("到校說明孩子就學事宜")), "the SOP's own purpose");
    }

    @Test
    @CitesRule("TY-D4-REPORT")
    void dayFour_faxedFormAndOriginalLetterToTheDistrictCommittee_copyToTheBureau_originalToTheIndigenousBureauOnlyForIndigenousStudents() {
        DocumentDefinition form = document(TaoyuanLadder.DROPOUT_REPORT_FAX);
        assertEquals(DocumentLayout.FORM, form.layout());
        assertEquals(Set.of(DispatchMethod.FAX), form.dispatch(), "以傳真方式寄輟學通報單");
        assertTrue(form.texts().anyMatch(t -> t.equals("桃園市{school.district}強迫入學委員會")));

        DocumentDefinition letter = document(TaoyuanLadder.COMMITTEE_ORIGINAL_LETTER);
        assertEquals(List.of("桃園市{school.district}強迫入學委員會", "桃園市政府原住民族行政局"),
                recipients(letter.originals(), Fixture.dropout().withIndigenous()), "一併函報本府原民局");
        assertEquals(List.of("桃園市{school.district}強迫入學委員會"), recipients(letter.originals(), Fixture.dropout()));
        assertEquals(List.of("桃園市政府教育局"), recipients(letter.copies(), Fixture.dropout()), "副本知會教育局");
        assertEquals(List.of("輟學通報單 1 份"), letter.attachments());

        DocumentDefinition bureau = document(TaoyuanLadder.INDIGENOUS_BUREAU_LETTER);
        assertTrue(bureau.appliesWhen().test(Fixture.dropout().withIndigenous()));
        assertTrue(!bureau.appliesWhen().test(Fixture.dropout()), "no letter to 原民局 for a non-indigenous student");
        assertEquals(Set.of(TaoyuanLadder.PARENT_NOTICE_REGISTERED_MAIL, TaoyuanLadder.DROPOUT_REPORT_FAX,
                        TaoyuanLadder.COMMITTEE_ORIGINAL_LETTER, TaoyuanLadder.INDIGENOUS_BUREAU_LETTER),
                Fixture.POLICY.documents().stream().map(DocumentDefinition::kind).collect(Collectors.toSet()));
        assertTrue(Fixture.POLICY.documents().stream().allMatch(DocumentDefinition::confidential), "all name the student");
    }
}
