package tw.huixiao.platform.application.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.documents.RocDate;
import tw.huixiao.platform.domain.casework.CaseStatus;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.infrastructure.ClockProducer;
import tw.huixiao.policy.spi.casework.CaseState;

/**
 * The case list as a spreadsheet for staff (issue 9 §5): the same filters and the same access
 * rules as {@code GET /cases} (the whole school for the offices and the principal, the own class
 * for a homeroom teacher, mentored students for a mentor), every matching case rather than a
 * page. Each export is one access-log row (channel EXPORT) listing the format, the filters and
 * the ids of the cases that left the service.
 */
@ApplicationScoped
@Transactional
public class CaseExportService {

    static final List<String> HEADER = List.of("個案編號", "學生姓名", "年級", "班級", "座號", "個案類別", "列管狀態", "個案階段",
            "三級輔導", "開案日期", "返校日期", "緊急個案", "開案方式", "規範模組");

    private static final Map<CaseState, String> STATES = Map.of(CaseState.OPEN, "列管中", CaseState.REPORTED, "已通報",
            CaseState.RETURNED, "學生已返校", CaseState.RE_ENROLLED, "已復學", CaseState.PLACEMENT, "安置中",
            CaseState.FOLLOW_UP, "追蹤輔導", CaseState.CLOSED, "結案");

    @Inject
    CaseService cases;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public TableExport.File export(CaseStatus status, Long studentId, TableExport.Format format) {
        List<CaseService.Listed> listed = cases.all(status, studentId);
        List<List<Object>> rows = new ArrayList<>();
        for (CaseService.Listed l : listed) {
            CaseView k = l.view();
            Student s = l.student();
            rows.add(Arrays.asList(k.id(), k.studentName(), s.getGrade(),
                    s.getSchoolClass() == null ? null : s.getSchoolClass().getName(), s.getSeatNumber(),
                    k.categoryZhTw() != null ? k.categoryZhTw() : k.categoryId(),
                    k.status() == CaseStatus.OPEN ? "列管中" : "已結案", STATES.getOrDefault(k.state(), String.valueOf(k.state())),
                    k.tier(), roc(k.openedOn()), roc(k.returnedOn()), k.emergency() ? "是" : "否",
                    k.openedByEngine() ? "系統偵測" : "人工開案", k.policy().id() + " " + k.policy().version()));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.TAIPEI);
        TableExport table = new TableExport("cases-" + today, "個案清單", HEADER, rows);
        TableExport.File file = table.write(format);
        accessLog.exported(RecordType.CASE_LIST, "format=" + format.extension() + "; status="
                + (status == null ? "ALL" : status.name()) + (studentId == null ? "" : "; studentId=" + studentId)
                + "; cases=" + listed.size() + ": " + listed.stream().map(l -> String.valueOf(l.view().id()))
                .collect(Collectors.joining(",")));
        return file;
    }

    private static String roc(LocalDate date) {
        return date == null ? null : RocDate.numeric(date);
    }
}
