package tw.huixiao.policy.spi.detection;

/**
 * A fact about attendance or registration that opens a case of a category. The platform
 * evaluates these on every import and in the daily run. Thresholds are inclusive ("3 or
 * more").
 */
public sealed interface DetectionRule {

    /** N consecutive unexcused school days; weekends, holidays and closures neither count nor break. */
    record ConsecutiveUnexcusedDays(int days) implements DetectionRule {
        public ConsecutiveUnexcusedDays {
            requireAtLeastOne(days);
        }
    }

    /** N or more unexcused days in one semester (施行細則 §8: 7). */
    record CumulativeUnexcusedDaysInSemester(int days) implements DetectionRule {
        public CumulativeUnexcusedDaysInSemester {
            requireAtLeastOne(days);
        }
    }

    /** N or more leave requests in one calendar month (Taoyuan: 6). */
    record LeaveRequestsInMonth(int requests) implements DetectionRule {
        public LeaveRequestsInMonth {
            requireAtLeastOne(requests);
        }
    }

    /** N or more days of personal plus sick leave in one calendar month (Taoyuan: 7). */
    record PersonalAndSickLeaveDaysInMonth(int days) implements DetectionRule {
        public PersonalAndSickLeaveDaysInMonth {
            requireAtLeastOne(days);
        }
    }

    /** Not registered N school days after the semester starts (New Taipei category 2). */
    record RegistrationNoShow(int schoolDays) implements DetectionRule {
        public RegistrationNoShow {
            requireAtLeastOne(schoolDays);
        }
    }

    /** Transferred out but not arrived at the receiving school after N days (New Taipei category 3). */
    record TransferNoShow(int days) implements DetectionRule {
        public TransferNoShow {
            requireAtLeastOne(days);
        }
    }

    /** Opened by staff judgement (screening, referral), never by attendance alone. */
    record ByStaff() implements DetectionRule {
    }

    private static void requireAtLeastOne(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a detection threshold must be at least 1: " + n);
        }
    }
}
