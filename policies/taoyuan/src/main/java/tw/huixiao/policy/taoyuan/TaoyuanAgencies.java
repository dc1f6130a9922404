package tw.huixiao.policy.taoyuan;

import java.util.List;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;

/**
 * The agencies the Taoyuan SOP names (seed 000): the district 強迫入學委員會, 原民局 and 教育局
 * for the dropout report (TY-D4-REPORT), and the network the 學生復學輔導小組 draws on
 * (TY-D4-TASKFORCE: 社政、警政、衛政、民政、里長、醫療、輔諮中心、家教中心).
 *
 * <p>The SOP says nothing about consent. Reports the law requires (通報 to the committee, the
 * bureaus, social affairs and the police) never wait for it; referrals to voluntary services
 * (health and medical care, the counselling centre, the family education centre) are marked as
 * needing the guardian's consent, as a school counselling office would ask for it.
 */
public final class TaoyuanAgencies {

    private static final String REPORT = "註冊組以傳真方式寄輟學通報單於各區強迫入學委員會，於 3日內(不含假日)完成正本函報各區強迫入學委員會。";
    private static final String NETWORK = "視學生需求（如：邀學生家長、原民局、社政、警政、衛政、民政、里長、里幹事等、醫療、輔諮中心及家教中心等資源）";

    public static final List<Agency> ALL = List.of(
            Agency.agency("TY-CEC").named("強迫入學委員會", "Compulsory education committee")
                    .kind(AgencyKind.COMPULSORY_EDUCATION_COMMITTEE).perDistrict()
                    .rule("TY-D4-REPORT").source(REPORT).build(),
            Agency.agency("TY-INDIGENOUS").named("桃園市政府原住民族行政局（原民局）",
                            "Taoyuan City Government Department of Indigenous Affairs")
                    .kind(AgencyKind.INDIGENOUS_AFFAIRS).rule("TY-D4-REPORT")
                    .source("倘學生具原住民身份則一併函報本府原民局。").build(),
            Agency.agency("TY-EDUCATION").named("桃園市政府教育局", "Taoyuan City Government Department of Education")
                    .kind(AgencyKind.EDUCATION_BUREAU).rule("TY-D4-REPORT").source("(副本知會教育局)").build(),
            Agency.agency("TY-SOCIAL").named("桃園市政府社會局（社政）", "Taoyuan City Government Department of Social Welfare")
                    .kind(AgencyKind.SOCIAL_AFFAIRS).rule("TY-D4-TASKFORCE").source(NETWORK).build(),
            Agency.agency("TY-POLICE").named("桃園市政府警察局少年警察隊（警政）",
                            "Taoyuan City Police Department, juvenile division")
                    .kind(AgencyKind.POLICE).rule("TY-D4-TASKFORCE").source(NETWORK).build(),
            Agency.agency("TY-HEALTH").named("桃園市政府衛生局（衛政）", "Taoyuan City Government Department of Public Health")
                    .kind(AgencyKind.HEALTH).guardianConsentRequired().rule("TY-D4-TASKFORCE").source(NETWORK).build(),
            Agency.agency("TY-CIVIL").named("公所（民政、里長、里幹事）", "District office (civil affairs, village chief and officer)")
                    .kind(AgencyKind.CIVIL_AFFAIRS).perDistrict().rule("TY-D4-TASKFORCE").source(NETWORK).build(),
            Agency.agency("TY-MEDICAL").named("醫療院所", "Medical care providers")
                    .kind(AgencyKind.HEALTH).guardianConsentRequired().rule("TY-D4-TASKFORCE").source(NETWORK).build(),
            Agency.agency("TY-COUNSELLING").named("桃園市學生輔導諮商中心（輔諮中心）",
                            "Taoyuan student counselling centre")
                    .kind(AgencyKind.COUNSELLING_CENTRE).guardianConsentRequired().rule("TY-D4-TASKFORCE")
                    .source(NETWORK).build(),
            Agency.agency("TY-FAMILY-EDUCATION").named("桃園市家庭教育中心（家教中心）", "Taoyuan family education centre")
                    .kind(AgencyKind.FAMILY_EDUCATION_CENTRE).guardianConsentRequired().rule("TY-D4-TASKFORCE")
                    .source(NETWORK).build());

    private TaoyuanAgencies() {
    }
}
