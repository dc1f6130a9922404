package tw.huixiao.platform.application.digest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import tw.huixiao.platform.application.documents.RocDate;
import tw.huixiao.platform.application.mail.Html;
import tw.huixiao.platform.application.mail.MailMessage;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/** The morning digest's words, in zh-TW: plain text and the same as HTML, every duty linked to its page. */
final class DigestMail {

    private DigestMail() {
    }

    record Content(String to, String displayName, String school, LocalDate date, List<TaskView> overdue,
                   List<TaskView> today, List<TaskView> schoolOverdue, int overdueSchoolDays) {
    }

    static MailMessage of(Content c, Function<String, String> link) {
        String subject = "【回校】今日待辦 " + RocDate.numeric(c.date()) + "：今日到期 " + c.today().size() + " 項、逾期 "
                + c.overdue().size() + " 項" + (c.schoolOverdue().isEmpty() ? ""
                : "；全校久未辦理 " + c.schoolOverdue().size() + " 項");
        String intro = "以下是您在" + c.school() + "今日（" + RocDate.of(c.date()) + "）到期與已逾期的待辦事項。";
        String principalHeading = "全校逾期超過 " + c.overdueSchoolDays() + " 個上課日的待辦";
        StringBuilder text = new StringBuilder(c.displayName()).append(" 您好：\n\n").append(intro).append("\n");
        section(text, "逾期", c.overdue(), link);
        section(text, "今日到期", c.today(), link);
        if (!c.schoolOverdue().isEmpty()) {
            section(text, principalHeading, c.schoolOverdue(), link);
        }
        text.append("\n前往今日待辦：").append(link.apply("today")).append("\n\n不想每天收到摘要？請到個人資料頁取消：")
                .append(link.apply("profile")).append("\n（帳號與密碼相關的通知不受影響。）\n\n回校 Huixiao\n");

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-TW\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Html.escape(subject)).append("</title></head><body style=\"font-family:'Noto Sans CJK TC',"
                        + "sans-serif;line-height:1.6;max-width:44em;margin:0 auto;padding:1em;color:#1a1a1a\">")
                .append("<h1 style=\"font-size:1.3em\">今日待辦 · ").append(Html.escape(RocDate.of(c.date())))
                .append("</h1><p>").append(Html.escape(c.displayName())).append(" 您好：</p><p>")
                .append(Html.escape(intro)).append("</p>");
        htmlSection(html, "逾期", c.overdue(), link, "#c62828");
        htmlSection(html, "今日到期", c.today(), link, "#1a1a1a");
        if (!c.schoolOverdue().isEmpty()) {
            htmlSection(html, principalHeading, c.schoolOverdue(), link, "#c62828");
        }
        html.append("<p><a href=\"").append(Html.escape(link.apply("today")))
                .append("\" style=\"display:inline-block;padding:.6em 1.2em;background:#1676f3;color:#fff;"
                        + "border-radius:6px;text-decoration:none\">前往今日待辦</a></p>")
                .append("<p style=\"color:#666;font-size:90%\">不想每天收到摘要？請到<a href=\"")
                .append(Html.escape(link.apply("profile"))).append("\">個人資料</a>取消。帳號與密碼相關的通知不受影響。</p>")
                .append("<p>回校 Huixiao</p></body></html>");
        return new MailMessage(c.to(), subject, text.toString(), html.toString());
    }

    private static void section(StringBuilder text, String heading, List<TaskView> tasks, Function<String, String> link) {
        text.append("\n").append(heading).append("（").append(tasks.size()).append("）\n");
        if (tasks.isEmpty()) {
            text.append("・無\n");
        }
        for (TaskView t : tasks) {
            text.append("・").append(t.studentName()).append("：").append(t.dutyZh()).append("（").append(due(t))
                    .append("；").append(t.ruleId()).append("）\n  ").append(link.apply("today?task=" + t.id()))
                    .append("\n");
        }
    }

    private static void htmlSection(StringBuilder html, String heading, List<TaskView> tasks,
                                    Function<String, String> link, String dueColour) {
        html.append("<h2 style=\"font-size:1.1em;margin-top:1.4em\">").append(Html.escape(heading)).append("（")
                .append(tasks.size()).append("）</h2>");
        if (tasks.isEmpty()) {
            html.append("<p style=\"color:#666\">無</p>");
            return;
        }
        html.append("<table style=\"border-collapse:collapse;width:100%\">");
        for (TaskView t : tasks) {
            html.append("<tr style=\"border-top:1px solid #ddd\"><td style=\"padding:.4em .3em;vertical-align:top\">")
                    .append("<strong>").append(Html.escape(t.studentName())).append("</strong><br><a href=\"")
                    .append(Html.escape(link.apply("today?task=" + t.id()))).append("\">")
                    .append(Html.escape(t.dutyZh())).append("</a><br><span style=\"font-size:85%;color:#666\">")
                    .append(Html.escape(t.ruleId())).append("</span></td><td style=\"padding:.4em .3em;white-space:"
                            + "nowrap;vertical-align:top;color:").append(dueColour).append("\">")
                    .append(Html.escape(due(t))).append("</td></tr>");
        }
        html.append("</table>");
    }

    /** 期限 115/03/04, or with the time for hour deadlines. */
    private static String due(TaskView t) {
        if (t.dueAt() != null) {
            ZonedDateTime at = t.dueAt().atZone(TaiwanTime.TAIPEI);
            return "期限 " + RocDate.numeric(at.toLocalDate()) + String.format(" %02d:%02d", at.getHour(), at.getMinute());
        }
        return t.dueOn() == null ? "持續辦理" : "期限 " + RocDate.numeric(t.dueOn());
    }
}
