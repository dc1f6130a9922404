package tw.huixiao.platform.application.retention;

/**
 * The kinds of record the service keeps, each with its retention rule (issue 22 §7). The periods
 * of the configurable kinds come from {@link RetentionRules}; their legal basis is stated here and
 * in platform/README.md ("Records kept for their legal time").
 */
public enum RecordKind {

    /** A student's counselling file: cases with all their records, screenings, plans, notes. */
    COUNSELLING_FILE(Scope.SCHOOL, Action.DELETE, "輔導資料（個案及其紀錄、篩檢、支持計畫、輔導紀錄）",
            "Counselling file (cases and their records, screenings, support plans, notes)",
            "學生輔導法第 14 條第 2 項、學生輔導法施行細則第 10 條：學生輔導資料自學生畢業或離校後保存 10 年，逾期定期銷毀（以每年 1 次為原則）；縣市模組得就其表單延長",
            "Student Counselling Act art. 14(2) and its Enforcement Rules art. 10: counselling records are kept 10 years "
                    + "after the student graduates or leaves, then destroyed periodically (in principle once a year); "
                    + "a county module may keep its forms longer"),
    /** The student's register entry: anonymised, guardians, attendance and register history deleted. */
    STUDENT_REGISTER(Scope.SCHOOL, Action.ANONYMISE, "學生名冊資料（匿名化；家長、出缺席、異動紀錄刪除）",
            "Register entry (anonymised; guardians, attendance and change history deleted)",
            "個人資料保護法第 11 條第 3 項：特定目的消失或期限屆滿應刪除；與輔導資料同時（輔導資料引用之）。正式學籍由學校校務系統保存",
            "Personal Data Protection Act art. 11(3): deleted when its purpose ends; together with the counselling file "
                    + "it underlies. The official school register is kept in the school's own system"),
    /** Who read or changed which child's record (access_log). */
    ACCESS_LOG(Scope.SCHOOL, Action.DELETE, "存取紀錄", "Access log",
            "個人資料保護法第 30 條（損害賠償請求權：知有損害 2 年、自損害發生起 5 年）；應用程式安全驗證標準 4.0.3 第 7.1、8.3.8 節",
            "Personal Data Protection Act art. 30 (claims lapse 2 years after knowledge, 5 years after the damage); "
                    + "OWASP ASVS 4.0.3 V7.1, V8.3.8"),
    /** Which morning digest was sent to whom (mail_digest). */
    MAIL_DIGEST(Scope.SCHOOL, Action.DELETE, "每日摘要寄送紀錄", "Morning digest log",
            "個人資料保護法第 11 條第 3 項：僅供防止重複寄送及查詢寄送情形",
            "Personal Data Protection Act art. 11(3): kept only to send once a day and to answer for sending"),
    /** API tokens that expired or were revoked (api_token; only a hash of the secret). */
    API_TOKEN(Scope.SCHOOL, Action.DELETE, "已失效之程式介面權杖", "Expired or revoked API tokens",
            "個人資料保護法第 11 條第 3 項；應用程式安全驗證標準 4.0.3 第 3.5 節", "Personal Data Protection Act art. 11(3); OWASP ASVS 4.0.3 V3.5"),
    /** Security events across schools (security_event). */
    SECURITY_EVENT(Scope.PLATFORM, Action.DELETE, "安全事件紀錄", "Security events",
            "個人資料保護法第 30 條；應用程式安全驗證標準 4.0.3 第 7.1、7.2 節", "Personal Data Protection Act art. 30; OWASP ASVS 4.0.3 V7.1, V7.2"),
    /** Invitation and password-reset links, used, replaced or expired (password_link). */
    PASSWORD_LINK(Scope.PLATFORM, Action.DELETE, "邀請及重設密碼連結", "Invitation and password-reset links",
            "應用程式安全驗證標準 4.0.3 第 2.5、3.5 節：失效後即無用途；保留短期供查詢",
            "OWASP ASVS 4.0.3 V2.5, V3.5: of no use once ended; kept briefly to answer questions"),
    /** Results of county module dry-runs (module_dry_run: per-school totals, no personal data). */
    MODULE_DRY_RUN(Scope.PLATFORM, Action.DELETE, "模組試算結果", "Module dry-run results",
            "個人資料保護法第 11 條第 3 項（僅統計數字）", "Personal Data Protection Act art. 11(3) (totals only)"),
    /** Sessions: held in the server's memory, ended after 30 minutes idle; nothing stored. */
    SESSION(Scope.NONE, Action.NOT_STORED, "登入工作階段", "Sessions",
            "應用程式安全驗證標準 4.0.3 第 3.3 節：閒置 30 分鐘結束；僅存於伺服器記憶體，不寫入資料庫",
            "OWASP ASVS 4.0.3 V3.3: end after 30 minutes idle; only in the server's memory, never in the database"),
    /** Import files: checked and applied in one request; no staging table exists. */
    IMPORT_STAGING(Scope.NONE, Action.NOT_STORED, "匯入暫存檔", "Import staging",
            "匯入檔於同一請求內檢查並套用，不暫存；異動紀錄隨學生名冊",
            "Import files are checked and applied within one request, never staged; changes follow the register entry");

    /** Whose records: one school's (deleted in a transaction bound to the school), the platform's, or none stored. */
    public enum Scope { SCHOOL, PLATFORM, NONE }

    public enum Action { DELETE, ANONYMISE, NOT_STORED }

    private final Scope scope;
    private final Action action;
    private final String nameZh;
    private final String nameEn;
    private final String basisZh;
    private final String basisEn;

    RecordKind(Scope scope, Action action, String nameZh, String nameEn, String basisZh, String basisEn) {
        this.scope = scope;
        this.action = action;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.basisZh = basisZh;
        this.basisEn = basisEn;
    }

    public Scope scope() {
        return scope;
    }

    public Action action() {
        return action;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String basisZh() {
        return basisZh;
    }

    public String basisEn() {
        return basisEn;
    }
}
