package tw.huixiao.platform.application.isp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.casework.CaseworkAccess;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.funding.Budget;
import tw.huixiao.policy.spi.funding.BudgetItemKind;
import tw.huixiao.policy.spi.funding.BudgetLine;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.funding.Violation;

/**
 * {@code POST /funding/validate}: checks a budget typed as lines against the funding rules of the
 * caller's school's county module (its newest version, as for new cases) and the school's level
 * and remote-area flag; returns the totals and every violation with its rule id. A county without
 * per-case funding answers 409 with the module's reason. Each validation is in the school's
 * access log (ISP, VALIDATE_BUDGET, no case).
 */
@ApplicationScoped
@Transactional
public class FundingService {

    static final int MAX_LINES = 2_000;
    static final int MAX_ATTRIBUTES = 20;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    @Inject
    CaseworkAccess access;

    @Inject
    SchoolRepository schools;

    @Inject
    Policies policies;

    @Inject
    AccessLog accessLog;

    public FundingValidation validate(FundingInput input) {
        Caller caller = access.bind();
        School school = schools.find(caller.requireSchool()).orElseThrow();
        CountyPolicy policy = policies.forCounty(school.getCounty()).orElseThrow(() -> refused(
                "本縣市的規範模組目前未載入 (no policy module serves the school's county)"));
        String module = policy.identity().id() + " " + policy.identity().version();
        if (!(policy.funding() instanceof FundingPolicy.Rules rules)) {
            String why = policy.funding() instanceof FundingPolicy.NoPerCaseFunding none
                    ? none.reason().zhTw() + (none.ruleIdIfAny().map(r -> "（" + r + "）").orElse("")) + " ("
                    + none.reason().en() + ")"
                    : "規範模組未宣告經費規定 (the module declares no funding)";
            throw refused("本縣市（" + module + "）無每案經費規定：" + why);
        }
        List<FieldError> errors = new ArrayList<>();
        List<BudgetLine> lines = lines(input, rules, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Budget budget = new Budget(lines);
        List<Violation> violations = rules.validate(budget, school.profile());
        List<FundingValidation.Line> shown = new ArrayList<>();
        Map<String, BigDecimal> byItem = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            shown.add(new FundingValidation.Line(i, line.itemKind(), line.payee(), line.quantity(), line.unitAmount(),
                    line.amount(), rules.allowedUnitAmount(line, budget, school.profile()).orElse(null)));
            byItem.merge(line.itemKind(), line.amount(), BigDecimal::add);
        }
        List<FundingValidation.Item> items = byItem.entrySet().stream().map(e -> {
            BudgetItemKind kind = rules.item(e.getKey()).orElseThrow();
            return new FundingValidation.Item(kind.code(), kind.name(), kind.ruleId().toString(), e.getValue());
        }).toList();
        List<BudgetView.Violation> found = violations.stream().map(v -> new BudgetView.Violation(v.ruleId().toString(),
                v.message(), v.lineIfAny().isPresent() ? v.line() : null, 1)).toList();
        accessLog.wrote(null, RecordType.ISP, null, "VALIDATE_BUDGET");
        return new FundingValidation(module, school.getLevel().name(), school.isRemoteArea(), shown, items,
                budget.total(), found, found.isEmpty());
    }

    private StateConflictException refused(String message) {
        accessLog.refused(null, RecordType.ISP, null, "VALIDATE_BUDGET", message);
        return new StateConflictException(message + " (the school's county has no per-case funding rules)");
    }

    private static List<BudgetLine> lines(FundingInput input, FundingPolicy.Rules rules, List<FieldError> errors) {
        List<BudgetLine> lines = new ArrayList<>();
        if (input == null || input.lines() == null || input.lines().isEmpty()) {
            errors.add(new FieldError("lines", "請至少填寫一列經費 (at least one budget line)"));
            return lines;
        }
        if (input.lines().size() > MAX_LINES) {
            errors.add(new FieldError("lines", "最多 " + MAX_LINES + " 列 (at most " + MAX_LINES + " lines)"));
            return lines;
        }
        for (int i = 0; i < input.lines().size(); i++) {
            String at = "lines[" + i + "]";
            FundingInput.Line line = input.lines().get(i);
            if (line == null) {
                errors.add(new FieldError(at, "不可為空 (empty line)"));
                continue;
            }
            boolean ok = true;
            if (line.itemKind() == null || rules.item(line.itemKind()).isEmpty()) {
                errors.add(new FieldError(at + ".itemKind", "經費項目應為 " + String.join("、", rules.items().stream()
                        .map(BudgetItemKind::code).toList()) + " 之一 (an item of the county's funding schedule)"));
                ok = false;
            }
            if (line.quantity() == null || line.quantity().signum() < 0 || line.quantity().compareTo(MAX_AMOUNT) > 0) {
                errors.add(new FieldError(at + ".quantity", "請填寫數量（不可為負） (the quantity, not negative)"));
                ok = false;
            }
            if (line.unitAmount() == null || line.unitAmount().signum() < 0
                    || line.unitAmount().compareTo(MAX_AMOUNT) > 0) {
                errors.add(new FieldError(at + ".unitAmount", "請填寫單價（不可為負） (the unit amount, not negative)"));
                ok = false;
            }
            String payee = line.payee() == null || line.payee().isBlank() ? null : line.payee().strip();
            if (payee != null && payee.length() > 100) {
                errors.add(new FieldError(at + ".payee", "最多 100 字 (at most 100 characters)"));
                ok = false;
            }
            Map<String, String> attributes = line.attributes() == null ? Map.of() : line.attributes();
            if (attributes.size() > MAX_ATTRIBUTES || attributes.entrySet().stream().anyMatch(e -> e.getKey() == null
                    || e.getValue() == null || e.getKey().length() > 40 || e.getValue().length() > 100)) {
                errors.add(new FieldError(at + ".attributes", "屬性最多 " + MAX_ATTRIBUTES + " 項，名稱與值不可為空 "
                        + "(at most " + MAX_ATTRIBUTES + " attributes, names and values given)"));
                ok = false;
            }
            if (attributes.containsKey("distanceKm") && !decimal(attributes.get("distanceKm"))) {
                errors.add(new FieldError(at + ".attributes.distanceKm", "距離應為數字（公里） (a number of km)"));
                ok = false;
            }
            if (attributes.containsKey("minutes") && !integer(attributes.get("minutes"))) {
                errors.add(new FieldError(at + ".attributes.minutes", "分鐘數應為整數 (whole minutes)"));
                ok = false;
            }
            if (ok) {
                lines.add(new BudgetLine(line.itemKind(), payee, line.date(), line.quantity(), line.unitAmount(),
                        attributes));
            }
        }
        return lines;
    }

    private static boolean decimal(String value) {
        try {
            return value != null && new BigDecimal(value).signum() >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean integer(String value) {
        try {
            Integer.parseInt(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
