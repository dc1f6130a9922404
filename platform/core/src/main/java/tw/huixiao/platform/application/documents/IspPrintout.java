package tw.huixiao.platform.application.documents;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.isp.BudgetView;
import tw.huixiao.platform.application.isp.IspView;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * A Tainan ISP (個別化支持計畫) as a printout, from the plan as {@code IspService} shows it: the
 * plan's data, the execution team, support services, 輔導措施, the 課程總表 as a grid (Monday to
 * Friday × periods 1–4, 用餐及午休, 5–7; ＊ = in the original class), the teacher-source table
 * (師資來源), the tracking visits, and on a page of its own the budget exactly as computed for the
 * plan — every line with its rule id and quantity × unit amount = amount, the hourly fees, the
 * total against the module's per-case limit (the rules' limits "per case", e.g. 20,000 under
 * TN-F-CAP) and every violation with its rule id — then the school's review boxes.
 */
public final class IspPrintout {

    /** A per-case limit from the case's funding rules: rule id, its text, the amount. */
    public record CaseLimit(String ruleId, LocalizedText description, BigDecimal amount) {
    }

    private static final List<String> DAYS = List.of("星期一", "星期二", "星期三", "星期四", "星期五");

    private IspPrintout() {
    }

    public static Printout of(School school, IspView plan, String studentName, List<CaseLimit> limits) {
        List<Printout.Part> parts = new ArrayList<>();
        IspView.Term term = plan.term();
        parts.add(new Printout.Heading("一、基本資料"));
        parts.add(Printout.Table.fields(List.of(
                List.of("學生", studentName),
                List.of("學期", term.label()),
                List.of("實施期間", RocDate.of(term.startsOn()) + " 至 " + RocDate.of(term.lastSchoolDay()) + "，共 "
                        + term.weeks() + " 週（" + term.months() + " 個月）"),
                List.of("計畫狀態", plan.stateLabel().zhTw() + (plan.filingReference() == null ? ""
                        : "（送本局備查 " + RocDate.of(plan.filedOn()) + "，" + plan.filingReference() + "）")),
                List.of("需求評估會議", plan.needsMeetings().isEmpty() ? "" : plan.needsMeetings().stream()
                        .map(m -> "第 " + m.number() + " 次（" + RocDate.of(m.heldOn()) + "）").collect(Collectors.joining("、"))),
                List.of("申請經費", plan.fundingRequested() ? "是" : "否（依學校原有資源辦理）"))));

        parts.add(new Printout.Heading("二、執行團隊"));
        parts.add(new Printout.Table(List.of("職務", "姓名", "工作內容"), List.of(1.2f, 1f, 3f),
                plan.team().stream().map(m -> List.of(m.roleLabel().zhTw(), m.name(), text(m.duties()))).toList()));

        if (!plan.services().isEmpty()) {
            parts.add(new Printout.Heading("三、相關支援服務"));
            parts.add(new Printout.Table(List.of("領域", "項目", "方式", "單位或人員", "修正情形"), List.of(1f, 1.6f, 1.6f, 1.2f, 1f),
                    plan.services().stream().map(s -> List.of(s.areaLabel().zhTw(), text(s.item()), text(s.method()),
                            text(s.provider()), text(s.revision()))).toList()));
        }
        if (plan.measures() != null) {
            parts.add(new Printout.Heading("四、輔導措施"));
            parts.add(Printout.Table.fields(List.of(
                    List.of("就學規劃", text(plan.measures().schooling())),
                    List.of("就學後課程規劃", text(plan.measures().courses())),
                    List.of("生涯規劃", text(plan.measures().career())),
                    List.of("升學或就業輔導規劃", text(plan.measures().furtherStudy())))));
        }

        parts.add(new Printout.Heading("五、課程總表"));
        List<String> header = new ArrayList<>(List.of("節次"));
        header.addAll(DAYS);
        parts.add(new Printout.Table(header, List.of(1f, 1.8f, 1.8f, 1.8f, 1.8f, 1.8f), plan.overview().stream()
                .map(r -> {
                    List<String> row = new ArrayList<>(List.of(r.label().zhTw()));
                    r.days().forEach(d -> row.add("*".equals(d) ? "＊" : d));
                    return row;
                }).toList(), true));
        parts.add(new Printout.Text("", "＊：在原班上課。"));

        parts.add(new Printout.Heading("六、師資來源"));
        parts.add(new Printout.Table(List.of("序", "姓名", "來源", "身分", "任教課程", "聘請理由", "學經歷或證照", "不適任人員查詢"),
                List.of(0.5f, 1f, 0.7f, 1.3f, 1.2f, 1.6f, 1.6f, 1.3f),
                plan.teachers().stream().map(t -> List.of(String.valueOf(t.seq()), t.name(), t.source().zhTw(),
                        t.typeLabel().zhTw() + (t.jobTitle() == null ? "" : "\n" + t.jobTitle()),
                        String.join("、", t.courses()), text(t.reason()), text(t.qualification()),
                        t.registryChecked() ? "已查詢\n" + RocDate.of(t.registryCheckedOn()) : "")).toList()));

        if (!plan.visits().isEmpty()) {
            parts.add(new Printout.Heading("七、追蹤輔導訪視"));
            parts.add(new Printout.Table(List.of("日期", "追蹤輔導員", "學生", "距離（公里）", "時間（分鐘）"),
                    List.of(1.6f, 1.2f, 1f, 1f, 1f), plan.visits().stream().map(v -> List.of(RocDate.of(v.date()),
                            v.counsellor(), v.studentName(), plain(v.distanceKm()), String.valueOf(v.minutes()))).toList()));
        }

        parts.add(new Printout.PageBreak());
        budget(parts, plan.budget(), limits);

        parts.add(new Printout.Heading("校內審查"));
        parts.add(new Printout.Signatures(List.of(new Printout.Box("承辦人（輔導室）", List.of()),
                new Printout.Box("教務處", List.of()), new Printout.Box("輔導主任", List.of()), approval(plan))));
        return new Printout(school.getName(), school.getAddress(), school.getPhone(), "學生輔導處遇個別化支持計畫（ISP）",
                studentName + "　" + term.label() + "　計畫 #" + plan.id() + "　" + plan.stateLabel().zhTw(),
                "ISP #" + plan.id() + "（" + studentName + "）", true, parts);
    }

    /** The budget page: every computed line, the totals, the per-case limit and every violation. */
    private static void budget(List<Printout.Part> parts, BudgetView budget, List<CaseLimit> limits) {
        parts.add(new Printout.Heading("經費概算（依本計畫計算）"));
        parts.add(new Printout.Text("計算依據", budget.module() + "，" + level(budget.level())
                + (budget.remoteArea() ? "，偏遠地區學校" : "，非偏遠地區學校")));
        parts.add(new Printout.Table(List.of("項目", "規則", "支領對象", "計算方式", "數量 × 單價 = 金額（元）"),
                List.of(1.2f, 1.35f, 0.75f, 2f, 2.1f), budget.lines().stream().map(l -> List.of(l.item().zhTw(), l.ruleId(),
                        l.payee() == null ? "" : l.payee(), l.basis() == null ? "" : l.basis().zhTw(),
                        plain(l.quantity()) + " " + l.unit().zhTw() + " × " + money(l.unitAmount()) + " = "
                                + money(l.amount()))).toList()));
        List<List<String>> totals = new ArrayList<>();
        totals.add(List.of("鐘點費小計", money(budget.hourlyFees()) + " 元"));
        totals.add(List.of("經費合計", money(budget.total()) + " 元"));
        if (budget.participantsPay() != null && budget.participantsPay().signum() > 0) {
            totals.add(List.of("參加者自付", money(budget.participantsPay()) + " 元"));
        }
        for (CaseLimit limit : limits) {
            boolean over = budget.total().compareTo(limit.amount()) > 0;
            totals.add(List.of("每案經費上限", money(limit.amount()) + " 元（" + limit.ruleId() + "：" + limit.description().zhTw()
                    + "）" + (over ? "\n已超過上限 " + money(budget.total().subtract(limit.amount())) + " 元" : "\n未超過上限")));
        }
        parts.add(Printout.Table.fields(totals));
        if (budget.violations().isEmpty()) {
            parts.add(new Printout.Text("檢核結果", "經費符合規範模組之各項規定。"));
        } else {
            parts.add(new Printout.Text("檢核結果", "經費有 " + budget.violations().size() + " 項不符規定，計畫不得送審："));
            parts.add(new Printout.Table(List.of("規則", "說明", "次數"), List.of(1.5f, 5f, 0.6f), budget.violations().stream()
                    .map(v -> List.of(v.ruleId(), v.message().zhTw(), String.valueOf(v.occurrences()))).toList()));
        }
    }

    /** The principal's box: who approved the plan and when, once approved. */
    private static Printout.Box approval(IspView plan) {
        Optional<IspView.Step> approved = plan.history().stream().filter(s -> "APPROVED".equals(s.to()))
                .reduce((first, second) -> second);
        return new Printout.Box("校長", approved.map(s -> List.of(s.byName(), "核定", RocDate.of(s.at()))).orElse(List.of()));
    }

    private static String level(String level) {
        return switch (level) {
            case "ELEMENTARY" -> "國小";
            case "JUNIOR_HIGH" -> "國中";
            case "COMPLETE" -> "完全中學";
            default -> level;
        };
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    /** 16,200 (whole amounts without decimals; cents kept where there are any). */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
