package tw.huixiao.platform.application.escalation.detect;

import java.util.Comparator;
import java.util.Optional;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;

/** What the detectors look up in a module: its categories and their detection rules. Names no county. */
public final class ModuleRules {

    private ModuleRules() {
    }

    public static Optional<CaseCategory> category(CountyPolicy policy, String id) {
        return policy.categories().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The category's ConsecutiveUnexcusedDays threshold (TW-DROPOUT: 3), if it has one. */
    public static Optional<Integer> consecutiveThreshold(CaseCategory category) {
        return category.detection().stream().filter(r -> r instanceof DetectionRule.ConsecutiveUnexcusedDays)
                .map(r -> ((DetectionRule.ConsecutiveUnexcusedDays) r).days()).min(Integer::compare);
    }

    /** The module's streak category: the one with the lowest consecutive-days threshold. */
    public static Optional<CaseCategory> streakCategory(CountyPolicy policy) {
        return policy.categories().stream()
                .filter(c -> consecutiveThreshold(c).isPresent())
                .min(Comparator.comparingInt(c -> consecutiveThreshold(c).orElseThrow()));
    }

    /** Whether the module detects registration or transfer no-shows (NT-CAT2, NT-CAT3). */
    public static boolean detectsNoShows(CountyPolicy policy) {
        return policy.categories().stream().flatMap(c -> c.detection().stream())
                .anyMatch(r -> r instanceof DetectionRule.RegistrationNoShow || r instanceof DetectionRule.TransferNoShow);
    }

    /** Whether the module detects registration no-shows (NT-CAT2). */
    public static boolean detectsRegistrationNoShows(CountyPolicy policy) {
        return policy.categories().stream().flatMap(c -> c.detection().stream())
                .anyMatch(r -> r instanceof DetectionRule.RegistrationNoShow);
    }

    /** Whether the module has a monthly leave rule (requests or days). */
    public static boolean countsLeave(CountyPolicy policy) {
        return policy.categories().stream().flatMap(c -> c.detection().stream())
                .anyMatch(LeaveDetector::isLeaveRule);
    }
}
