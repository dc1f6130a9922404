package tw.huixiao.platform.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The application's own answer to every error the container reports (web.xml error-page):
 * problem+json under /api/, a short zh-TW page elsewhere — never the container's page with its
 * internal message codes or exception text (ASVS V7.4.1, V14.3.2). The detail stays in the log.
 */
@WebServlet("/error-page")
public class ErrorPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String u ? u.substring(Math.min(u.length(), request.getContextPath().length())) : "";
        write(request, response, status, path.startsWith("/api/"));
    }

    /** Answers with this status: problem+json for the API, the short page otherwise. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, boolean api)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String text = text(status);
        if (api) {
            response.setContentType("application/problem+json");
            response.setHeader("Content-Disposition", "attachment; filename=\"problem.json\"");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":"
                    + status + ",\"detail\":\"" + text + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-TW\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>回校 " + status
                    + "</title></head><body style=\"font-family:sans-serif;margin:2rem\"><h1>" + status + "</h1><p>" + text
                    + "</p><p><a href=\"" + request.getContextPath() + "/\">回首頁 (home)</a></p></body></html>");
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    /** What an error of this status tells the caller: plain words, no internal code. */
    public static String text(int status) {
        return switch (status) {
            case 400 -> "要求格式有誤 (malformed request)";
            case 401 -> "需要登入 (login required)";
            case 403 -> "無權執行此操作 (not allowed)";
            case 404 -> "查無此頁面或資源 (not found)";
            case 405 -> "不支援此操作方法 (method not allowed)";
            case 413 -> "資料過大 (request too large)";
            case 415 -> "不支援此內容類型 (unsupported content type)";
            default -> status >= 500 ? "系統發生錯誤，請稍後再試 (unexpected error; try again later)" : "要求無法處理 (request refused)";
        };
    }
}
