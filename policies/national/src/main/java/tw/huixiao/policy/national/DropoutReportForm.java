package tw.huixiao.policy.national;

import static tw.huixiao.policy.spi.document.DocumentDefinition.row;

import tw.huixiao.policy.spi.document.DispatchMethod;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.document.DocumentDefinition;

/**
 * The 輟學通報單 (dropout notification form) every county faxes to the district 強迫入學委員會
 * (強迫入學條例; TY-D4-REPORT, NT-D4-REPORT). The seeds name the form but do not reproduce it:
 * the rows are what a registrar's office fills in for the committee (school, student, family
 * contact, since when and how many days, what the school did), and the sign-off is the
 * registrar's chain up to the principal. Counties give the committee's name and their own
 * words for what the school did.
 */
public final class DropoutReportForm {

    private DropoutReportForm() {
    }

    /**
     * @param committee the district committee, a template such as {@code 桃園市{school.district}強迫入學委員會}
     * @param handling  what the school did before reporting, in the county document's words
     */
    public static DocumentDefinition.Builder form(String kind, String ruleId, String committee, String handling) {
        return DocumentDefinition.form(kind)
                .title("輟學通報單", "Dropout notification form")
                .rule(ruleId)
                .paragraph("受通報單位", committee)
                .table(row("學校名稱", "{school.name}"),
                        row("學校地址", "{school.address}"),
                        row("學校電話", "{school.phone}"),
                        row("學生姓名", "{student.name}"),
                        row("性別", "{student.gender}"),
                        row("出生日期", "{student.birthDate}"),
                        row("年級班級", "{student.class}"),
                        row("原住民身分", "{student.indigenous}"),
                        row("家長（監護人）", "{guardian.name}（{guardian.relation}）"),
                        row("家長聯絡電話", "{guardian.phone}"),
                        row("通訊地址", "{guardian.address}"),
                        row("開始未到校日期", "{absence.since}"),
                        row("連續未到校日數", "{absence.days} 日（上課日）"),
                        row("個案類別", "{case.category}"),
                        row("學校處理情形", handling),
                        row("通報日期", "{document.date}"))
                .signatures("承辦人", "註冊組長", "教務主任", "校長")
                .needs(DocumentData.STUDENT_NAME, DocumentData.STUDENT_GENDER, DocumentData.STUDENT_BIRTH_DATE,
                        DocumentData.STUDENT_CLASS, DocumentData.STUDENT_INDIGENOUS, DocumentData.GUARDIAN_NAME,
                        DocumentData.GUARDIAN_RELATION, DocumentData.GUARDIAN_PHONE, DocumentData.GUARDIAN_ADDRESS,
                        DocumentData.ABSENCE_SINCE, DocumentData.ABSENCE_DAYS, DocumentData.CASE_CATEGORY)
                .sentBy(DispatchMethod.FAX);
    }
}
