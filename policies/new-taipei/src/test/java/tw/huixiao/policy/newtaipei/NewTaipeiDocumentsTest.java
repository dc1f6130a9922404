package tw.huixiao.policy.newtaipei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.document.DispatchMethod;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.document.Recipient;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;

/** The templates the platform renders for New Taipei's 限時掛號 (day 3) and report (day 4+). */
class NewTaipeiDocumentsTest {

    private static final NewTaipeiPolicy POLICY = new NewTaipeiPolicy();

    private static DocumentDefinition document(String kind) {
        return POLICY.documents().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    @CitesRule("NT-D3-MAIL")
    void dayThree_parentNoticeByPromptRegisteredMail() {
        DocumentDefinition notice = document(NewTaipeiLadder.PARENT_NOTICE);
        assertEquals(Set.of(DispatchMethod.REGISTERED_MAIL), notice.dispatch());
        assertTrue(notice.confidential());
        assertTrue(notice.texts().anyMatch(t -> t.contains("到校說明孩子就學事宜")));
    }

    @Test
    @CitesRule("NT-D4-REPORT")
    void dayFour_faxAndSameDayOriginalToTheDistrictCommitteeOnly_noCopiesTheProcessDoesNotName() {
        assertEquals(Set.of(DispatchMethod.FAX), document(NewTaipeiLadder.DROPOUT_REPORT_FAX).dispatch());
        DocumentDefinition letter = document(NewTaipeiLadder.DROPOUT_REPORT_LETTER);
        CaseSituation indigenous = CaseSituation.of(NewTaipeiCategories.CAT1).withIndigenous();
        assertEquals(List.of("新北市{school.district}強迫入學委員會"),
                letter.originals().stream().filter(r -> r.when().test(indigenous)).map(Recipient::name).toList());
        assertEquals(List.of(), letter.copies(), "the 作業流程 names no 副本, and no 原民 office");
        assertEquals("最速件", letter.urgency(), "當日完成正本函報");
    }
}
