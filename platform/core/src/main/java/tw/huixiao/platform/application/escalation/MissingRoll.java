package tw.huixiao.platform.application.escalation;

import java.time.LocalDate;

/** A school day whose roll has not come: the class's name, or none for the school's file. */
public record MissingRoll(LocalDate day, long classId, String className, LocalDate flaggedOn) {
}
