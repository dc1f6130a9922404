package tw.huixiao.platform.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.forms.FormPrefillService;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.isp.IspService;
import tw.huixiao.platform.application.isp.IspView;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.policy.spi.funding.DecisionRow;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.funding.FundingRule;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * Records printed as PDF (issue 9): any form record with its sign-off chain, a form prefilled
 * from the case to fill in by hand, a Tainan ISP with its timetable and budget. Each is read
 * through its own service — the same visibility (another school's or an invisible case's record
 * is 404, logged), the same view (the ISP's budget exactly as {@code IspService} computes it) —
 * and the read is logged as the print it is (FORM_RECORD PRINT, FORM_RECORD PRINT_BLANK,
 * ISP PRINT). Printing takes no 發文字號: it does not send anything.
 */
@ApplicationScoped
@Transactional
public class PrintService {

    /** A printed record: the PDF, a file name, its pages. */
    public record Printed(byte[] pdf, String filename, int pages) {
    }

    @Inject
    FormRecordService records;

    @Inject
    FormPrefillService prefills;

    @Inject
    IspService isps;

    @Inject
    CaseService cases;

    @Inject
    StudentAccess access;

    @Inject
    CallerProvider callers;

    @Inject
    SchoolRepository schools;

    @Inject
    DocumentRendering rendering;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** A form record as it stands: every field, the sign-off chain with signers and times. */
    public Printed formRecord(long id) {
        FormRecordService.Printable printable = records.printable(id);
        PdfRenderer renderer = renderer(printable.record().caseId(), RecordType.FORM_RECORD, id, "PRINT");
        return printed(renderer.render(FormPrintout.record(school(), printable.form(), printable.record())),
                "form-record-" + id + ".pdf");
    }

    /** The case's form (newest version) prefilled from the case, the rest to fill in and sign by hand. */
    public Printed blankForm(long caseId, String formId) {
        FormPrefillService.Prefilled prefilled = prefills.prefill(caseId, formId, "PRINT_BLANK");
        PdfRenderer renderer = renderer(caseId, RecordType.FORM_RECORD, null, "PRINT_BLANK");
        LocalDate today = LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
        return printed(renderer.render(FormPrintout.blank(school(), prefilled.form(), prefilled.data(), caseId, today)),
                formId + "-case-" + caseId + ".pdf");
    }

    /** A Tainan ISP with its timetable, teacher sources and budget page. */
    public Printed isp(long caseId, long id) {
        IspView plan = isps.get(caseId, id, "PRINT");
        PdfRenderer renderer = renderer(caseId, RecordType.ISP, id, "PRINT");
        String student = access.visible(plan.studentId(), callers.get()).getName();
        return printed(renderer.render(IspPrintout.of(school(), plan, student, caseLimits(caseId))), "isp-" + id + ".pdf");
    }

    /** The per-case limits of the case's funding rules (rows of a rule's table "per case" with no condition). */
    private List<IspPrintout.CaseLimit> caseLimits(long caseId) {
        List<IspPrintout.CaseLimit> limits = new ArrayList<>();
        if (cases.pinnedPolicy(caseId).funding() instanceof FundingPolicy.Rules rules) {
            for (FundingRule rule : rules.rules()) {
                for (DecisionRow row : rule.table()) {
                    if ("case".equals(row.per()) && row.when().isEmpty()) {
                        limits.add(new IspPrintout.CaseLimit(rule.ruleId().value(), rule.description(), row.limit()));
                    }
                }
            }
        }
        return limits;
    }

    /** The renderer, or 503 when the font is missing — the refusal logged against what was to be printed. */
    private PdfRenderer renderer(Long caseId, RecordType type, Long recordId, String action) {
        PdfRenderer renderer = rendering.renderer();
        try {
            renderer.requireFont();
        } catch (DocumentsUnavailableException e) {
            accessLog.refused(caseId, type, recordId, action, "文件服務無法使用：字型缺漏 (document font missing)");
            throw e;
        }
        return renderer;
    }

    private School school() {
        return schools.find(callers.get().requireSchool()).orElseThrow();
    }

    private static Printed printed(PdfRenderer.Rendered rendered, String filename) {
        return new Printed(rendered.pdf(), filename, rendered.pages());
    }
}
