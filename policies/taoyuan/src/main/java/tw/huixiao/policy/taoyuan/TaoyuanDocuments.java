package tw.huixiao.policy.taoyuan;

import java.util.List;
import tw.huixiao.policy.national.DropoutReportForm;
import tw.huixiao.policy.spi.document.DispatchMethod;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.document.Recipient;
import tw.huixiao.policy.spi.timeline.Condition;

/**
 * The Taoyuan letters and forms the platform renders from a case (days 3 and 4 of the SOP). The
 * SOP says what is sent, to whom and how; the wording of the letters is the school's usual 函
 * wording, citing the SOP (the seed gives no letter text).
 */
final class TaoyuanDocuments {

    private TaoyuanDocuments() {
    }

    static final String COMMITTEE = "桃園市{school.district}強迫入學委員會";
    static final String INDIGENOUS_BUREAU = "桃園市政府原住民族行政局";
    static final String EDUCATION_BUREAU = "桃園市政府教育局";

    /** TY-D3-REGISTERED-MAIL: 註冊組當日應以限時掛號通知家長到校說明孩子就學事宜. */
    static final DocumentDefinition PARENT_NOTICE = DocumentDefinition.letter(TaoyuanLadder.PARENT_NOTICE_REGISTERED_MAIL)
            .title("限時掛號家長通知書", "Parent notice by prompt registered mail")
            .rule("TY-D3-REGISTERED-MAIL")
            .to("{guardian.name} 君（學生{student.name}之{guardian.relation}）")
            .urgency("最速件")
            .original(Recipient.always("{guardian.name} 君（{guardian.address}）"))
            .copy(Recipient.always("本校學務處、輔導室"))
            .subject("貴子弟{student.name}（{student.class}）自{absence.since}起未經請假連續{absence.days}日未到校，"
                    + "請臺端於文到後儘速到校說明孩子就學事宜，請查照。")
            .explanation("依據強迫入學條例及「桃園市國民中小學預防中途輟學學生追蹤輔導處理 SOP 流程」第 3 天處理程序辦理。",
                    "學生未經請假、請假未獲准或不明原因未到校上課連續達三日以上者，學校應進行中輟通報，並函報本市各區強迫入學委員會。",
                    "請家長於接獲本通知後儘速偕同孩子到校，或與本校註冊組聯繫（電話：{school.phone}），共同協助孩子返校就學。")
            .signatures("校長")
            .needs(DocumentData.STUDENT_NAME, DocumentData.STUDENT_CLASS, DocumentData.GUARDIAN_NAME,
                    DocumentData.GUARDIAN_RELATION, DocumentData.GUARDIAN_ADDRESS, DocumentData.ABSENCE_SINCE,
                    DocumentData.ABSENCE_DAYS)
            .sentBy(DispatchMethod.REGISTERED_MAIL)
            .build();

    /** TY-D4-REPORT: 註冊組以傳真方式寄輟學通報單於各區強迫入學委員會. */
    static final DocumentDefinition DROPOUT_REPORT = DropoutReportForm.form(TaoyuanLadder.DROPOUT_REPORT_FAX,
                    "TY-D4-REPORT", COMMITTEE,
                    "導師聯繫家長與學生、學務處協同導師家訪，註冊組以限時掛號通知家長到校說明，學生仍未到校；已完成中輟通報。")
            .build();

    private static final String[] LETTER_EXPLANATION = {
            "依據強迫入學條例及「桃園市國民中小學預防中途輟學學生追蹤輔導處理 SOP 流程」第 4 天處理程序辦理。",
            "本校{student.class}學生{student.name}自{absence.since}起未經請假連續{absence.days}日未到校，"
                    + "經導師聯繫、家訪及限時掛號通知家長，仍未到校，已完成中輟通報並以傳真寄送輟學通報單。",
            "學生原住民身分：{student.indigenous}。",
            "本校將持續追蹤輔導，並由校長召集學生復學輔導小組；如需協助請洽本校註冊組（電話：{school.phone}）。"};

    private static final DocumentData[] LETTER_NEEDS = {DocumentData.STUDENT_NAME, DocumentData.STUDENT_CLASS,
            DocumentData.STUDENT_INDIGENOUS, DocumentData.ABSENCE_SINCE, DocumentData.ABSENCE_DAYS};

    /**
     * TY-D4-REPORT: 於 3日內(不含假日)完成正本函報各區強迫入學委員會。倘學生具原住民身份則一併函報本府原民局。
     * (副本知會教育局): the 原民局 is a recipient of the original only for an indigenous student.
     */
    static final DocumentDefinition COMMITTEE_LETTER = DocumentDefinition.letter(TaoyuanLadder.COMMITTEE_ORIGINAL_LETTER)
            .title("輟學通報正本函（強迫入學委員會）", "Covering letter to the district compulsory-education committee")
            .rule("TY-D4-REPORT")
            .to(COMMITTEE)
            .urgency("速件")
            .original(Recipient.always(COMMITTEE))
            .original(Recipient.when(Condition.indigenous(), INDIGENOUS_BUREAU))
            .copy(Recipient.always(EDUCATION_BUREAU))
            .attachment("輟學通報單 1 份")
            .subject("檢送本校學生{student.name}輟學通報單正本 1 份，請查照。")
            .explanation(LETTER_EXPLANATION)
            .signatures("校長")
            .needs(LETTER_NEEDS)
            .sentBy(DispatchMethod.REGISTERED_MAIL, DispatchMethod.HAND_DELIVERY, DispatchMethod.ONLINE)
            .build();

    /** TY-D4-REPORT, indigenous student: the same report addressed to the 原民局 (副本知會教育局). */
    static final DocumentDefinition INDIGENOUS_LETTER = DocumentDefinition.letter(TaoyuanLadder.INDIGENOUS_BUREAU_LETTER)
            .title("輟學通報函（原民局）", "Dropout report letter to the Indigenous Peoples Bureau")
            .rule("TY-D4-REPORT")
            .when(Condition.indigenous())
            .to(INDIGENOUS_BUREAU)
            .urgency("速件")
            .original(Recipient.always(INDIGENOUS_BUREAU))
            .original(Recipient.always(COMMITTEE))
            .copy(Recipient.always(EDUCATION_BUREAU))
            .attachment("輟學通報單 1 份")
            .subject("本校原住民學生{student.name}輟學通報，檢送輟學通報單 1 份，請查照。")
            .explanation(LETTER_EXPLANATION)
            .signatures("校長")
            .needs(LETTER_NEEDS)
            .sentBy(DispatchMethod.REGISTERED_MAIL, DispatchMethod.HAND_DELIVERY, DispatchMethod.ONLINE)
            .build();

    static final List<DocumentDefinition> ALL = List.of(PARENT_NOTICE, DROPOUT_REPORT, COMMITTEE_LETTER,
            INDIGENOUS_LETTER);
}
