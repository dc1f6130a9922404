package tw.huixiao.policy.yunlin;

import java.util.List;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;

/**
 * The agencies the Yunlin plan names (seed 003), with the fax and phone numbers it prints:
 * <ul>
 *   <li>dropout high risk (YL-REF-DROPOUT): the county 教育處 receives the 附表三 轉介單; its
 *       answer is recorded as the 輔導安排回覆表 (YL-REPLY: tier 1 with the 認輔老師, tier 2 with
 *       the 輔導老師, tier-3 referral yes/no); the 少年輔導委員會's 轉向評估小組; the police;</li>
 *   <li>emotional and learning (YL-REF-EMOTION): psychologists and social workers, the 斗六家商
 *       心理衛生諮詢服務中心 and the 衛生局 心理衛生中心;</li>
 *   <li>high-risk families (YL-REF-FAMILY): the county 社會處 (fax 05-5348530, phone 05-5348585);</li>
 *   <li>protective cases (YL-PROTECT): the 社會處 or the 113 line, the MOE campus-safety centre and
 *       the 教育處學管科 (fax 5350800);</li>
 *   <li>the 社服機構 whose 附表四 ruling returns a dropout high-risk case to school (YL-RETURN).</li>
 * </ul>
 * Reports the law requires need no consent; voluntary services (counselling, mental health,
 * the NGO's services) are marked as needing the guardian's consent — the plan is silent on it.
 */
public final class YunlinAgencies {

    public static final List<Agency> ALL = List.of(
            Agency.agency("YL-EDUCATION").named("雲林縣政府教育處", "Yunlin County Government Education Department")
                    .kind(AgencyKind.EDUCATION_BUREAU).reply(Agency.ReplyKind.TIER_DECISION).rule("YL-REF-DROPOUT")
                    .source("將中輟高關懷群學生轉介單(附表三)，函送縣府教育處。").build(),
            Agency.agency("YL-JUVENILE-COMMITTEE").named("雲林縣少年輔導委員會（轉向評估小組）",
                            "Yunlin County juvenile counselling committee (diversion panel)")
                    .kind(AgencyKind.JUVENILE_COUNSELLING_COMMITTEE).rule("YL-REF-DROPOUT")
                    .source("個案轉由雲林縣少年輔導委員會邀集相關單位召開「轉向評估小組」會議").build(),
            Agency.agency("YL-POLICE").named("警政單位", "Police")
                    .kind(AgencyKind.POLICE).rule("YL-REF-DROPOUT").source("依相關法律規定轉介警政單位協助輔導。").build(),
            Agency.agency("YL-PSYCHOLOGIST").named("專業心理師、社工師", "Professional psychologists and social workers")
                    .kind(AgencyKind.COUNSELLING_CENTRE).guardianConsentRequired().rule("YL-REF-EMOTION")
                    .source("由學校轉介專業心理師、社工師介入輔導。").build(),
            Agency.agency("YL-DOULIU-MENTAL-HEALTH").named("斗六家商心理衛生諮詢服務中心",
                            "Mental health advisory centre at Douliu vocational high school")
                    .kind(AgencyKind.HEALTH).guardianConsentRequired().rule("YL-REF-EMOTION")
                    .source("轉介斗六家商「心理衛生諮詢服務中心」").build(),
            Agency.agency("YL-HEALTH").named("雲林縣衛生局心理衛生中心", "Yunlin County Public Health Bureau mental health centre")
                    .kind(AgencyKind.HEALTH).guardianConsentRequired().rule("YL-REF-EMOTION")
                    .source("衛生局「心理衛生中心」，由精神科醫師進行診治評估。").build(),
            Agency.agency("YL-SOCIAL-AFFAIRS").named("雲林縣政府社會處", "Yunlin County Government Social Affairs Department")
                    .kind(AgencyKind.SOCIAL_AFFAIRS).contact("傳真 05-5348530；通報電話 05-5348585")
                    .rule("YL-REF-FAMILY").source("縣府社會處傳真電話：05-5348530；通報電話：05-5348585。").build(),
            Agency.agency("YL-PROTECTION-113").named("113 保護專線", "113 protection hotline")
                    .kind(AgencyKind.PROTECTION_HOTLINE).contact("113").rule("YL-PROTECT")
                    .source("由輔導室填寫「家庭暴力與兒童少年保護事件通報表」專案通報本府社會處或 113 專線。").build(),
            Agency.agency("YL-CAMPUS-SAFETY").named("教育部校園安全暨災害防救通報處理中心",
                            "Ministry of Education campus safety and disaster reporting centre")
                    .kind(AgencyKind.CAMPUS_SAFETY_CENTRE).rule("YL-PROTECT")
                    .source("生輔組並同時通報「教育部校園安全暨災害防救通報處理中心」").build(),
            Agency.agency("YL-EDUCATION-STUDENT-AFFAIRS").named("雲林縣政府教育處學管科",
                            "Yunlin County Education Department, student affairs section")
                    .kind(AgencyKind.EDUCATION_BUREAU).contact("傳真 5350800；聯絡電話 5351216 或 5374068")
                    .rule("YL-PROTECT").source("紙本核章後傳真本府教育處學管科，傳真電話：5350800，連絡電話：5351216 或 5374068。")
                    .build(),
            Agency.agency("YL-SOCIAL-SERVICE").named("社服機構（縣府社會處委託之民間社服單位）",
                            "Social service agency (NGO commissioned by the county Social Affairs Department)")
                    .kind(AgencyKind.NGO).guardianConsentRequired().reply(Agency.ReplyKind.RETURN_RULING).rule("YL-RETURN")
                    .source("由縣府社會處所委託之民間社服單位協助家庭訪視與輔導工作。……中輟高危險群學生輔導個案回歸學校裁定書")
                    .build());

    private YunlinAgencies() {
    }
}
