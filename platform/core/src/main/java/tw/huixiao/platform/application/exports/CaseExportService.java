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
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.casework.CaseListQuery;
import tw.huixiao.platform.application.casework.CaseListService;
import tw.huixiao.platform.application.casework.CaseListService.Filter;
import tw.huixiao.platform.application.casework.CaseListService.Row;
import tw.huixiao.platform.application.documents.RocDate;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The case list as a spreadsheet for staff (issue 9 §5): the list's own filter and access rules
 * ({@link CaseListService#matching}: the whole school for the offices and the principal, the own
 * classes for a homeroom teacher, mentored students for a mentor), every matching case rather
 * than a page. Each export is one access-log row (channel EXPORT) listing the format, the filter
 * and the ids of the cases that left the service.
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
    CaseListService caseList;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public TableExport.File export(Filter filter, TableExport.Format format) {
        List<Row> listed = caseList.matching(filter);
        List<List<Object>> rows = new ArrayList<>();
        for (Row k : listed) {
            rows.add(Arrays.asList(k.id(), k.studentName(), k.grade(), k.className(), k.seatNumber(), k.categoryZhTw(),
                    k.state() == CaseState.CLOSED ? "已結案" : "列管中", STATES.get(k.state()), k.tier(), roc(k.openedOn()),
                    roc(k.returnedOn()), k.emergency() ? "是" : "否", k.openedByEngine() ? "系統偵測" : "人工開案",
                    k.policyId() + " " + k.policyVersion()));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
        TableExport table = new TableExport("cases-" + today, "個案清單", HEADER, rows);
        TableExport.File file = table.write(format);
        String query = CaseListQuery.of(filter);
        accessLog.exported(RecordType.CASE_LIST, "format=" + format.extension() + "; filter="
                + (query.isEmpty() ? "none" : query) + "; cases=" + listed.size() + ": "
                + listed.stream().map(k -> String.valueOf(k.id())).collect(Collectors.joining(",")));
        return file;
    }

    private static String roc(LocalDate date) {
        return date == null ? null : RocDate.numeric(date);
    }
}
