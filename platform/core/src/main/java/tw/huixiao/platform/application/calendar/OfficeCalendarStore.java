package tw.huixiao.platform.application.calendar;

import tw.huixiao.schedule.OfficeCalendar;

/**
 * The office calendar in the database, where an operator adds each new year. At start-up the
 * years bundled with the schedule library (the official 2025 and 2026 calendars) are added if
 * missing; a year already present — perhaps corrected by an operator — is left alone. Every
 * node re-reads the table at most a minute after a change.
 */
public interface OfficeCalendarStore {

    /** The calendar as stored now (cached for a minute). */
    OfficeCalendar current();

    /** Replaces one year's holidays and make-up workdays; call inside a transaction. */
    void replaceYear(int year, OfficeCalendar days, String source, long operatorId);
}
