package tw.huixiao.policy.tainan;

import java.util.List;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;

/**
 * The agencies of the Tainan ISP's stage-4 needs checklist (TN-NEEDS, seed 004): the 區公所's
 * 強迫入學委員會 and 社會課, 社會局, 家防中心, 衛生局, 警察局, 家庭教育中心, 學生輔導諮商中心 (online
 * referral), 特殊教育資源中心, 民族事務委員會, 勞工局 and the NGOs the checklist lists; and the
 * 少輔會 invited to the needs-assessment meeting (TN-MEETINGS).
 *
 * <p>The ISP does not say when consent is needed. Requests the law requires (強迫入學程序,
 * reports to social affairs, the family-violence centre, the police) never wait for it;
 * applications for services and aid are marked as needing the guardian's consent.
 */
public final class TainanAgencies {

    private static final String NGO = "需轉介民間社福機構或單位……";

    public static final List<Agency> ALL = List.of(
            Agency.agency("TN-CEC").named("公所強迫入學委員會", "District office compulsory education committee")
                    .kind(AgencyKind.COMPULSORY_EDUCATION_COMMITTEE).perDistrict().rule("TN-NEEDS")
                    .source("學校函請區公所強迫入學委員會執行強迫入學程序").build(),
            Agency.agency("TN-DISTRICT-SOCIAL").named("公所社會課", "District office social section")
                    .kind(AgencyKind.CIVIL_AFFAIRS).perDistrict().guardianConsentRequired().rule("TN-NEEDS")
                    .source("需轉介區公所社會課協助申請經濟補助").build(),
            Agency.agency("TN-SOCIAL").named("臺南市政府社會局", "Tainan City Government Social Affairs Bureau")
                    .kind(AgencyKind.SOCIAL_AFFAIRS).rule("TN-NEEDS").source("需轉介社會局或家庭暴力暨性侵害防治中心進行").build(),
            Agency.agency("TN-FAMILY-VIOLENCE").named("臺南市家庭暴力暨性侵害防治中心（家防中心）",
                            "Tainan domestic violence and sexual assault prevention centre")
                    .kind(AgencyKind.FAMILY_VIOLENCE_CENTRE).rule("TN-NEEDS")
                    .source("需轉介社會局或家庭暴力暨性侵害防治中心進行").build(),
            Agency.agency("TN-HEALTH").named("臺南市政府衛生局", "Tainan City Government Public Health Bureau")
                    .kind(AgencyKind.HEALTH).guardianConsentRequired().rule("TN-NEEDS")
                    .source("需轉介衛生局協助復健與醫療服務").build(),
            Agency.agency("TN-POLICE").named("臺南市政府警察局（少年隊）", "Tainan City Police Department (juvenile division)")
                    .kind(AgencyKind.POLICE).rule("TN-NEEDS").source("需請警察局協助").build(),
            Agency.agency("TN-JUVENILE-COMMITTEE").named("臺南市少年輔導委員會（少輔會）",
                            "Tainan juvenile counselling committee")
                    .kind(AgencyKind.JUVENILE_COUNSELLING_COMMITTEE).rule("TN-MEETINGS")
                    .source("警政人員(少年隊及少輔會)").build(),
            Agency.agency("TN-FAMILY-EDUCATION").named("臺南市家庭教育中心", "Tainan family education centre")
                    .kind(AgencyKind.FAMILY_EDUCATION_CENTRE).guardianConsentRequired().rule("TN-NEEDS")
                    .source("需請家庭教育中心協助").build(),
            Agency.agency("TN-COUNSELLING").named("臺南市學生輔導諮商中心（輔諮中心）", "Tainan student counselling centre")
                    .kind(AgencyKind.COUNSELLING_CENTRE).guardianConsentRequired().contact("線上轉介 http://cs.tn.edu.tw/")
                    .rule("TN-NEEDS").source("需轉介學生輔導諮商中心").build(),
            Agency.agency("TN-SPECIAL-EDUCATION").named("特殊教育資源中心", "Special education resource centre")
                    .kind(AgencyKind.SPECIAL_EDUCATION).guardianConsentRequired().rule("TN-NEEDS")
                    .source("需轉介特殊教育資源中心").build(),
            Agency.agency("TN-INDIGENOUS").named("臺南市政府民族事務委員會", "Tainan City Government Ethnic Affairs Commission")
                    .kind(AgencyKind.INDIGENOUS_AFFAIRS).guardianConsentRequired().rule("TN-NEEDS")
                    .source("需轉介民族事務委員會協助").build(),
            Agency.agency("TN-LABOUR").named("臺南市政府勞工局", "Tainan City Government Labour Affairs Bureau")
                    .kind(AgencyKind.LABOUR).guardianConsentRequired().rule("TN-NEEDS")
                    .source("需轉介勞工局協助就業及輔導服務").build(),
            ngo("TN-NGO-TFCF", "家扶中心", "Taiwan Fund for Children and Families (family support centre)"),
            ngo("TN-NGO-SUNSHINE", "陽光真愛基金會", "Sunshine True Love Foundation"),
            ngo("TN-NGO-WORLD-VISION", "世界展望會", "World Vision Taiwan"),
            ngo("TN-NGO-CHILD-YOUTH", "兒少協會", "Child and youth association"),
            ngo("TN-NGO-CWLF", "兒福聯盟", "Child Welfare League Foundation"),
            ngo("TN-NGO-WORLD-PEACE", "世界和平會", "World Peace Association (breakfasts, grants, supplies)"),
            ngo("TN-NGO-LEFU", "樂扶社會福利基金會", "Le-Fu social welfare foundation"));

    private static Agency ngo(String id, String zhTw, String en) {
        return Agency.agency(id).named(zhTw, en).kind(AgencyKind.NGO).guardianConsentRequired().rule("TN-NEEDS")
                .source(NGO + zhTw).build();
    }

    private TainanAgencies() {
    }
}
