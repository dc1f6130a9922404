package tw.huixiao.platform.domain.calendar;

import java.time.LocalDate;

/** A semester of a school's 學年度行事曆 (school year in ROC years, term 1 or 2). */
public record Semester(Long id, int schoolYear, int term, LocalDate firstDay, LocalDate lastDay) {
}
