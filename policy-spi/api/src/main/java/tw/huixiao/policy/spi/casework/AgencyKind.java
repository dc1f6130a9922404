package tw.huixiao.policy.spi.casework;

/** What kind of outside agency a referral (轉介) goes to (policy-reference §0, TW-TIERS tier 3). */
public enum AgencyKind {
    /** 強迫入學委員會 (the district's; in Tainan seated at the 區公所) */
    COMPULSORY_EDUCATION_COMMITTEE,
    /** 教育局／教育處 and its sections */
    EDUCATION_BUREAU,
    /** 社會局／社會處 */
    SOCIAL_AFFAIRS,
    /** 家庭暴力暨性侵害防治中心（家防中心） */
    FAMILY_VIOLENCE_CENTRE,
    /** 113 保護專線 */
    PROTECTION_HOTLINE,
    /** 教育部校園安全暨災害防救通報處理中心（校安中心） */
    CAMPUS_SAFETY_CENTRE,
    /** 警察局、少年隊 */
    POLICE,
    /** 少年輔導委員會（少輔會） */
    JUVENILE_COUNSELLING_COMMITTEE,
    /** 衛生局, mental-health centres */
    HEALTH,
    /** 學生輔導諮商中心（輔諮中心）, professional counsellors and social workers */
    COUNSELLING_CENTRE,
    /** 家庭教育中心 */
    FAMILY_EDUCATION_CENTRE,
    /** 原住民族行政局（原民局）, 民族事務委員會 */
    INDIGENOUS_AFFAIRS,
    /** 特殊教育資源中心 */
    SPECIAL_EDUCATION,
    /** 勞工局 */
    LABOUR,
    /** 區公所, 里長 and 里幹事 (民政) */
    CIVIL_AFFAIRS,
    /** non-governmental organisations (家扶中心, 世界展望會…) */
    NGO
}
