package tw.huixiao.policy.yunlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.tck.CitesRule;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.Due;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.Ladder.Duty;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * Heads of office (issue 25, SPI 1.6 {@code SchoolRole}): where Yunlin's schedules name a head for
 * the sign-off — 附表一 【第四階段】輔導策略 單位主管核章, 附表二 主任（核章）, 附表三 輔導組長 / 輔導主任, the
 * 回覆表's 輔導組長 — the stage requires that head, not the whole 輔導室, and the head's stage-4
 * strategy is that one person's duty when a case opens.
 */
class YunlinHeadsOfOfficeTest {

    private static final ZonedDateTime THU_8_OCT = ZonedDateTime.of(2026, 10, 8, 10, 0, 0, 0, Ladder.TAIPEI);

    private final YunlinPolicy policy = new YunlinPolicy();

    private Map<String, Set<SchoolRole>> stages(String formId) {
        FormDefinition form = policy.forms().stream().filter(f -> f.id().equals(formId)).findFirst().orElseThrow();
        return form.signOff().stream().collect(Collectors.toMap(SignOffStage::key, SignOffStage::roles));
    }

    @Test
    @CitesRule("YL-SCREEN")
    void theStageFourStrategyIsStampedByTheCounsellingDirectorAlone() {
        assertEquals(Set.of(SchoolRole.COUNSELING_DIRECTOR), stages(YunlinForms.ASSESSMENT).get("stage4"),
                "【第四階段】輔導策略 單位主管核章: the head of 輔導室");
        assertEquals(Set.of(SchoolRole.COUNSELING), stages(YunlinForms.ASSESSMENT).get("stage3"),
                "輔導人員簽章: anyone of 輔導室");
    }

    @Test
    @CitesRule("YL-SCREEN")
    void anOpenedCaseGivesTheDirectorTheStrategyDutyAndNoOneElse() {
        List<Duty> opened = new Ladder(policy, SchoolCalendar.taiwanOfficeDays())
                .on(CaseEvent.OPENED, THU_8_OCT, CaseSituation.of("YL-C1"));
        List<Duty> directors = opened.stream()
                .filter(d -> d.step().responsible().contains(SchoolRole.COUNSELING_DIRECTOR)).toList();
        assertEquals(1, directors.size(), directors.toString());
        Duty strategy = directors.get(0);
        assertEquals("YL-SCREEN", strategy.ruleId());
        assertEquals(List.of(SchoolRole.COUNSELING_DIRECTOR), strategy.step().responsible(),
                "the director's alone: 輔導室 and its 組長 do not watch it");
        assertEquals(YunlinForms.ASSESSMENT, strategy.step().producesIfAny().orElseThrow());
        assertTrue(strategy.step().duty().zhTw().contains("輔導主任"), strategy.step().duty().zhTw());
        // Opened Thu 8 Oct 2026; Fri 9 Oct is a holiday: five school days end Fri 16 Oct.
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 16)), strategy.due());
        assertFalse(opened.stream().anyMatch(d -> d.step().responsible().contains(SchoolRole.COUNSELING_SECTION_HEAD)),
                "no duty of the 輔導組長 arises on opening");
    }

    @Test
    @CitesRule("YL-ROSTER")
    void theRosterIsStampedByTheOfficerTheDirectorAndThePrincipal() {
        Map<String, Set<SchoolRole>> roster = stages(YunlinForms.ROSTER);
        assertEquals(Set.of(SchoolRole.COUNSELING), roster.get("officer"), "承辦人（核章）");
        assertEquals(Set.of(SchoolRole.COUNSELING_DIRECTOR), roster.get("director"), "主任（核章）");
        assertEquals(Set.of(SchoolRole.PRINCIPAL), roster.get("principal"), "校長（核章）");
    }

    @Test
    @CitesRule("YL-REF-DROPOUT")
    @CitesRule("YL-REPLY")
    void theReferralAndTheReplyAreSignedByTheSectionHeadAndTheDirectorByName() {
        Map<String, Set<SchoolRole>> referral = stages(YunlinForms.REFERRAL);
        assertEquals(Set.of(SchoolRole.COUNSELING_SECTION_HEAD), referral.get("counselingSectionHead"), "輔導組長：");
        assertEquals(Set.of(SchoolRole.COUNSELING_DIRECTOR), referral.get("counselingDirector"), "輔導主任：");
        assertEquals(Set.of(SchoolRole.PRINCIPAL), referral.get("principal"), "校長：");
        assertEquals(Set.of(SchoolRole.COUNSELING_SECTION_HEAD), stages(YunlinForms.REPLY).get("counselingSectionHead"),
                "回覆表 輔導組長");
    }
}
