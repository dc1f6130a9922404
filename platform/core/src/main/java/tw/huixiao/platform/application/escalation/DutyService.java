package tw.huixiao.platform.application.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.documents.DocumentStore;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.platform.application.forms.FormRecordService;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.platform.domain.escalation.TaskView;

/**
 * A duty completed with the form its step produces (e.g. a ladder's family-contact record): the
 * record is saved and the duty recorded done with it in one transaction — both or neither — through
 * {@link FormRecordService#create} and {@link TaskService#complete}, so the checks and the access log
 * are the API's own. A duty that arose before its case keeps the record with its absence streak
 * until the case opens ({@link FormRecordService#createForEpisode}).
 */
@ApplicationScoped
@Transactional
public class DutyService {

    @Inject
    TaskService tasks;

    @Inject
    FormRecordService records;

    @Inject
    CaseService cases;

    @Inject
    DocumentStore episodes;

    @Inject
    Policies policies;

    /**
     * The module a duty is done under: its case's pinned version, or — for a duty that arose
     * before its case — the version its absence streak runs under (the one the case will be
     * pinned to); empty for a duty with neither, or a streak whose module is no longer loaded.
     */
    public Optional<CountyPolicy> moduleOf(TaskView task) {
        if (task.caseId() != null) {
            return Optional.of(cases.pinnedPolicy(task.caseId()));
        }
        if (task.episodeId() == null) {
            return Optional.empty();
        }
        Caller caller = cases.bindCaller();
        return episodes.episode(caller.requireSchool(), task.episodeId())
                .flatMap(e -> policies.find(e.policyId(), ModuleVersion.parse(e.policyVersion())));
    }

    /** The reference a completed task keeps to the form record that did it. */
    public static String recordRef(long recordId) {
        return "form-records/" + recordId;
    }

    /**
     * Saves a new record of the form the task's step produces, for the task's case, and completes the
     * task with it. A refusal of either (the form's validation, the task already done, a stale
     * version, someone else's duty) leaves nothing written.
     */
    public FormRecordView completeWithNewRecord(long taskId, long taskVersion, FormRecordService.RecordInput input) {
        TaskView task = tasks.get(taskId);
        if (task.produces() == null || task.caseId() == null && task.episodeId() == null) {
            throw InvalidInputException.of("task", "此待辦不需填寫表單 (this duty does not produce a form)");
        }
        // A duty that arose before its case (day 1 of a streak) keeps its record with the streak.
        FormRecordView created = task.caseId() != null ? records.create(task.caseId(), task.produces(), input)
                : records.createForEpisode(task.episodeId(), task.produces(), input);
        tasks.complete(taskId, new TaskService.Completion(null, recordRef(created.id()), false, taskVersion));
        return created;
    }

    /** Completes the task with a record of its form already kept for the case. */
    public TaskView completeWithRecord(long taskId, long taskVersion, long recordId) {
        return tasks.complete(taskId, new TaskService.Completion(null, recordRef(recordId), false, taskVersion));
    }
}
