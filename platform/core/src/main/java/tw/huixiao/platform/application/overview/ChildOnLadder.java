package tw.huixiao.platform.application.overview;

import java.time.LocalDate;

public record ChildOnLadder(long studentId, String name, String className, int ladderDay, LocalDate startedOn,
                            Long caseId) {
}
