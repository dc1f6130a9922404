package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Heads of office (issue 25, SPI 1.6 SchoolRole): Yunlin's 附表一 has its stage-4 strategy decided
 * and stamped by the 單位主管 (YL-SCREEN: 【第四階段】輔導策略 單位主管核章), so opening a case gives the
 * 輔導主任 — the account holding COUNSELING_DIRECTOR — that duty, due in one school week. On the due
 * day it is on the director's 今日待辦, and neither the 輔導組長 (same office, another post) nor the
 * student's 導師 sees it or may record it; the 組長 cannot stamp stage 4 either. Screenshots at
 * 1400 px and 390×844, zh-TW.
 */
class HeadOfOfficeDutyIT {

    private static final String STRATEGY = "核定附表一第四階段輔導策略";

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void theDirectorSeesTheStageFourStrategyOnTheTodayPageAndTheSectionHeadAndTeacherDoNot() {
        // Mon 2026-03-02, a school day of 114-2 at a new Yunlin school.
        Fixtures.clock("2026-03-02T08:00:00+08:00");
        Casework.School school = Casework.school("YUNLIN", "heads-yl");
        Casework.Staff director = Casework.head(school, "COUNSELING", "COUNSELING_DIRECTOR", "陳○美 輔導主任");
        Casework.Staff sectionHead = Casework.head(school, "COUNSELING", "COUNSELING_SECTION_HEAD", "吳○志 輔導組長");
        Casework.Staff teacher = Casework.staff(school, "HOMEROOM_TEACHER", "楊○文 導師");
        long classId = Casework.homeroomClass(school, teacher, 7, "701");
        Escalations.semester(school.office(), 114, 2, "2026-02-23", "2026-06-30");
        long student = Casework.student(school.office(), "王○明", "2013-05-01", 7, classId);
        long caseId = Casework.openCase(director.api(), student, "YL-C2");

        // The duty is the head's own: responsible COUNSELING_DIRECTOR, no other office watching it.
        JsonObject strategy = Casework.tasks(director.api(), caseId).stream()
                .filter(t -> t.getString("dutyZh").contains(STRATEGY)).findFirst().orElseThrow();
        assertEquals("YL-SCREEN", strategy.getString("ruleId"));
        assertEquals("COUNSELING_DIRECTOR", strategy.getString("responsibleRole"));
        assertEquals("2026-03-09", strategy.getString("dueOn"), "one school week: 03-03, 04, 05, 06, 09");
        assertEquals("YL-T1-ASSESSMENT", strategy.getString("produces"));

        // Mon 03-09, the due day.
        Fixtures.clock("2026-03-09T08:30:00+08:00");
        assertTrue(duties(director.api(), caseId).contains("YL-SCREEN COUNSELING_DIRECTOR"),
                "on the director's list: " + duties(director.api(), caseId));
        assertTrue(!duties(sectionHead.api(), caseId).contains("YL-SCREEN COUNSELING_DIRECTOR"),
                "not on the 輔導組長's: " + duties(sectionHead.api(), caseId));
        assertTrue(duties(sectionHead.api(), caseId).contains("YL-REPLY COUNSELING"),
                "the 組長 keeps the office's own duties: " + duties(sectionHead.api(), caseId));
        assertTrue(!duties(teacher.api(), caseId).contains("YL-SCREEN COUNSELING_DIRECTOR"),
                "not on the 導師's: " + duties(teacher.api(), caseId));
        Api.Reply byTheSectionHead = sectionHead.api().post("/api/v1/tasks/" + strategy.getJsonNumber("id").longValue()
                + "/complete", "{\"note\":\"代為核章\",\"version\":" + strategy.getJsonNumber("version").longValue() + "}");
        assertEquals(403, byTheSectionHead.status(), "the head's duty is recorded by the head: " + byTheSectionHead);
        assertTrue(byTheSectionHead.body().contains("輔導主任"), byTheSectionHead.body());

        By directorsCard = By.cssSelector(".today-task[data-rule='YL-SCREEN'][data-role='COUNSELING_DIRECTOR']"
                + "[data-student='" + student + "']");
        for (int[] size : List.of(new int[] {1400, 1000}, new int[] {390, 844})) {
            String suffix = size[0] + "";
            try (Browser browser = new Browser()) {
                browser.resize(size[0], size[1]);
                browser.login(director.username(), Onboarding.PASSWORD);
                loggedIn(browser);
                browser.open("/today");
                WebElement card = browser.waitFor(directorsCard);
                assertTrue(card.getText().contains(STRATEGY), card.getText());
                assertTrue(card.getText().contains("單位主管核章"), "the schedule's own words: " + card.getText());
                assertEquals(0, browser.sidewaysScroll(), "the today page fits " + size[0] + " px");
                browser.screenshot("heads-today-director-" + suffix);
            }
            for (Casework.Staff other : List.of(sectionHead, teacher)) {
                try (Browser browser = new Browser()) {
                    browser.resize(size[0], size[1]);
                    browser.login(other.username(), Onboarding.PASSWORD);
                    loggedIn(browser);
                    browser.open("/today");
                    // Their own duties for the student are listed (the 組長's office duties, the 導師's 附表一).
                    browser.waitFor(By.cssSelector(".today-task[data-student='" + student + "']"));
                    assertTrue(browser.driver.findElements(directorsCard).isEmpty(),
                            other.username() + " is not shown the director's duty");
                    assertTrue(!browser.driver.findElement(By.id("today-list")).getText().contains(STRATEGY),
                            other.username() + ": " + browser.driver.findElement(By.id("today-list")).getText());
                    browser.screenshot("heads-today-" + (other == teacher ? "teacher-" : "section-head-") + suffix);
                }
            }
        }
    }

    /** Past the login page (the header's school name is hidden at 390 px). */
    private static void loggedIn(Browser browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The caller's duties due today or overdue for the case, as "RULE ROLE" lines. */
    private static List<String> duties(Api api, long caseId) {
        return java.util.stream.Stream.concat(Casework.dueList(api, "today", caseId).stream(),
                        Casework.dueList(api, "overdue", caseId).stream())
                .map(t -> t.getString("ruleId") + " " + t.getString("responsibleRole")).toList();
    }
}
