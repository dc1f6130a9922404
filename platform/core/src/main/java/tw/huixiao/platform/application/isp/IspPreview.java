package tw.huixiao.platform.application.isp;

import java.util.List;
import tw.huixiao.platform.application.InvalidInputException.FieldError;

/**
 * An unsaved plan checked and computed ({@link IspService#preview}): the errors a save would
 * answer (timetable conflicts on {@code timetable[i]}), the budget with its violations (null
 * while the plan cannot be typed) and each student's own timetable.
 */
public record IspPreview(BudgetView budget, List<FieldError> errors, List<IspView.StudentTimetable> studentTimetables) {

    /** Saving would be refused. */
    public boolean refused() {
        return !errors.isEmpty();
    }
}
