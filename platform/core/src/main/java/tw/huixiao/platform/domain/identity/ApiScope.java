package tw.huixiao.platform.domain.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What an API token may do. A token is still its owner: their roles and school decide what
 * the call may touch; the scopes narrow it further to the operations a school system needs.
 * Paths no scope names (counselling notes, administration, the token endpoints themselves)
 * are refused to every token.
 */
public enum ApiScope {
    ATTENDANCE_READ("attendance:read", "讀取出缺席", "Read attendance"),
    ATTENDANCE_WRITE("attendance:write", "登錄出缺席", "Record attendance"),
    STUDENTS_READ("students:read", "讀取學生資料", "Read students"),
    STUDENTS_WRITE("students:write", "維護學生資料", "Maintain students"),
    CASES_READ("cases:read", "讀取個案", "Read cases"),
    CASES_WRITE("cases:write", "處理個案", "Work on cases");

    private final String code;
    private final String zhTw;
    private final String en;

    ApiScope(String code, String zhTw, String en) {
        this.code = code;
        this.zhTw = zhTw;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String zhTw() {
        return zhTw;
    }

    public String en() {
        return en;
    }

    public static Optional<ApiScope> ofCode(String code) {
        for (ApiScope scope : values()) {
            if (scope.code.equals(code)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /**
     * The scope a request needs, from its method and its path below {@code /api/v1/}; empty when
     * no token may make it. {@code GET me} needs none: a script may ask whose token it holds.
     */
    public static Optional<ApiScope> requiredFor(String method, String path) {
        String[] segments = path.replaceAll("^/+", "").split("/");
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        String first = segments[0].toLowerCase(Locale.ROOT);
        switch (first) {
            case "attendance", "rosters", "calendar":
                return Optional.of(read ? ATTENDANCE_READ : ATTENDANCE_WRITE);
            case "students":
                return Optional.of(read ? STUDENTS_READ : STUDENTS_WRITE);
            case "cases", "tasks", "form-records":
                // Counselling notes and periods are the counsellor's own records: no token reads them.
                if (segments.length > 2 && segments[2].startsWith("counselling")) {
                    return Optional.empty();
                }
                return Optional.of(read ? CASES_READ : CASES_WRITE);
            default:
                return Optional.empty();
        }
    }

    /** True for {@code GET me}: allowed to every token without a scope. */
    public static boolean isWhoAmI(String method, String path) {
        return "GET".equals(method) && path.replaceAll("^/+|/+$", "").equals("me");
    }
}
