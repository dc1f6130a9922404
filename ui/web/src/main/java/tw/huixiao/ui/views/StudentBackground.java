package tw.huixiao.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.platform.domain.student.HouseholdIncome;

/** The family-background flags of a student as one line (單親、新移民子女、低收入戶…), for those who see them. */
final class StudentBackground {

    private StudentBackground() {
    }

    static String describe(StudentView s, UnaryOperator<String> translate) {
        List<String> flags = new ArrayList<>();
        if (Boolean.TRUE.equals(s.singleParent())) {
            flags.add(translate.apply("background.singleParent"));
        }
        if (Boolean.TRUE.equals(s.grandparentCare())) {
            flags.add(translate.apply("background.grandparentCare"));
        }
        if (Boolean.TRUE.equals(s.newImmigrant())) {
            flags.add(translate.apply("background.newImmigrant"));
        }
        if (s.householdIncome() != null && s.householdIncome() != HouseholdIncome.NONE) {
            flags.add(translate.apply("background." + s.householdIncome()));
        }
        return String.join("、", flags);
    }
}
