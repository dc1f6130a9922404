package tw.huixiao.policy.newtaipei;

import java.util.List;
import tw.huixiao.policy.national.DropoutReportForm;
import tw.huixiao.policy.spi.document.DispatchMethod;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.document.Recipient;

/**
 * The New Taipei letters and forms the platform renders from a case (辦理方式 三、四). The 作業流程
 * names the 限時掛號 to parents, the fax of the 輟學通報單 and the same-day original letter to the
 * district committee; it names no copy (no 副本 to the bureau, nothing to the Indigenous Affairs
 * Department), so the letters have none — unlike Taoyuan's TY-D4-REPORT.
 */
final class NewTaipeiDocuments {

    private NewTaipeiDocuments() {
    }

    static final String COMMITTEE = "新北市{school.district}強迫入學委員會";

    /** NT-D3-MAIL: 註冊組當日應以限時掛號通知家長到校說明孩子就學事宜. */
    static final DocumentDefinition PARENT_NOTICE = DocumentDefinition.letter(NewTaipeiLadder.PARENT_NOTICE)
            .title("限時掛號家長通知書", "Parent notice by prompt registered mail")
            .rule("NT-D3-MAIL")
            .to("{guardian.name} 君（學生{student.name}之{guardian.relation}）")
            .urgency("最速件")
            .original(Recipient.always("{guardian.name} 君（{guardian.address}）"))
            .copy(Recipient.always("本校學務處、輔導處"))
            .subject("貴子弟{student.name}（{student.class}）自{absence.since}起未到校上課已達{absence.days}日，"
                    + "請臺端於文到後儘速到校說明孩子就學事宜，請查照。")
            .explanation("依據強迫入學條例及「新北市國民中小學辦理中輟學生追蹤及復學安置作業流程」辦理方式三辦理。",
                    "學生未到校 4 天以上，學校應召開中輟個案會議，並以傳真寄送輟學通報單及正本函報本市{school.district}強迫入學委員會。",
                    "請家長於接獲本通知後儘速偕同孩子到校，或與本校註冊組聯繫（電話：{school.phone}）。")
            .signatures("校長")
            .needs(DocumentData.STUDENT_NAME, DocumentData.STUDENT_CLASS, DocumentData.GUARDIAN_NAME,
                    DocumentData.GUARDIAN_RELATION, DocumentData.GUARDIAN_ADDRESS, DocumentData.ABSENCE_SINCE,
                    DocumentData.ABSENCE_DAYS)
            .sentBy(DispatchMethod.REGISTERED_MAIL)
            .build();

    /** NT-D4-REPORT: 註冊組以傳真方式寄輟學通報單於區強迫入學委員會. */
    static final DocumentDefinition DROPOUT_REPORT = DropoutReportForm.form(NewTaipeiLadder.DROPOUT_REPORT_FAX,
                    "NT-D4-REPORT", COMMITTEE,
                    "導師電話聯繫及家訪、學務處擴大家庭訪視，註冊組以限時掛號通知家長到校說明，學生仍未到校；輔導處已召開中輟個案會議。")
            .build();

    /** NT-D4-REPORT: 並於當日完成正本函報區強迫入學委員會. */
    static final DocumentDefinition COMMITTEE_LETTER = DocumentDefinition.letter(NewTaipeiLadder.DROPOUT_REPORT_LETTER)
            .title("輟學通報正本函（強迫入學委員會）", "Covering letter to the district compulsory-education committee")
            .rule("NT-D4-REPORT")
            .to(COMMITTEE)
            .urgency("最速件")
            .original(Recipient.always(COMMITTEE))
            .attachment("輟學通報單 1 份")
            .subject("檢送本校學生{student.name}輟學通報單正本 1 份，請查照。")
            .explanation("依據強迫入學條例及「新北市國民中小學辦理中輟學生追蹤及復學安置作業流程」辦理方式四辦理。",
                    "本校{student.class}學生{student.name}自{absence.since}起未到校上課已達{absence.days}日，"
                            + "經導師聯繫、家訪及限時掛號通知家長，仍未到校，已於當日傳真輟學通報單並完成教育部中輟系統網路通報。",
                    "本校輔導處已召開中輟個案會議，訂定尋回策略並建立個案關懷卡；如需協助請洽本校註冊組（電話：{school.phone}）。")
            .signatures("校長")
            .needs(DocumentData.STUDENT_NAME, DocumentData.STUDENT_CLASS, DocumentData.ABSENCE_SINCE,
                    DocumentData.ABSENCE_DAYS)
            .sentBy(DispatchMethod.REGISTERED_MAIL, DispatchMethod.HAND_DELIVERY, DispatchMethod.ONLINE)
            .build();

    static final List<DocumentDefinition> ALL = List.of(PARENT_NOTICE, DROPOUT_REPORT, COMMITTEE_LETTER);
}
