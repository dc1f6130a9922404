package tw.huixiao.platform.domain.calendar;

import java.time.LocalDate;

/** A day without school: announced by the school itself or by its county bureau for every school. */
public record Closure(Long id, LocalDate day, String reason, Scope scope) {

    public enum Scope { SCHOOL, COUNTY }
}
