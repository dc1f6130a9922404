package tw.huixiao.platform.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.domain.casework.CounsellingNoteAccess.Scope;
import tw.huixiao.platform.domain.identity.Role;

/**
 * Counselling notes as a field group restricted per role (issue 6 §7): the counselling office and
 * the principal see every note; a mentor teacher (認輔老師, tier 1 of TW-TIERS) their own notes on a
 * student they mentor; the homeroom teacher (導師) and the other offices, who may see the case, none.
 */
class CounsellingNoteAccessTest {

    private static final long ME = 7;
    private static final long SOMEONE_ELSE = 8;

    @Test
    void theCounsellingOfficeAndThePrincipalSeeEveryNote() {
        for (Role role : Set.of(Role.COUNSELING, Role.PRINCIPAL)) {
            Scope scope = CounsellingNoteAccess.scope(Set.of(role), false);
            assertEquals(Scope.ALL, scope, role.name());
            assertTrue(CounsellingNoteAccess.covers(scope, SOMEONE_ELSE, ME), role.name());
        }
        assertEquals(Scope.ALL, CounsellingNoteAccess.scope(Set.of(Role.COUNSELING, Role.MENTOR_TEACHER), false),
                "a counsellor who also mentors keeps the office's view");
    }

    @Test
    void aMentorTeacherSeesOnlyTheirOwnNotesAndOnlyOnAStudentTheyMentor() {
        Scope mentoring = CounsellingNoteAccess.scope(Set.of(Role.MENTOR_TEACHER), true);
        assertEquals(Scope.OWN, mentoring);
        assertTrue(CounsellingNoteAccess.covers(mentoring, ME, ME));
        assertFalse(CounsellingNoteAccess.covers(mentoring, SOMEONE_ELSE, ME));
        assertEquals(Scope.NONE, CounsellingNoteAccess.scope(Set.of(Role.MENTOR_TEACHER), false),
                "a mentor who does not mentor this student");
        assertEquals(Scope.NONE, CounsellingNoteAccess.scope(Set.of(Role.HOMEROOM_TEACHER, Role.MENTOR_TEACHER), false),
                "a homeroom teacher who mentors other students sees their class's case, not its notes");
    }

    @Test
    void everyoneElseWhoMaySeeTheCaseSeesNoNote() {
        Set<Role> others = EnumSet.complementOf(EnumSet.of(Role.COUNSELING, Role.PRINCIPAL, Role.MENTOR_TEACHER));
        for (Role role : others) {
            Scope scope = CounsellingNoteAccess.scope(Set.of(role), true);
            assertEquals(Scope.NONE, scope, role.name());
            assertFalse(CounsellingNoteAccess.covers(scope, ME, ME), role.name());
        }
        assertEquals(Scope.NONE, CounsellingNoteAccess.scope(
                EnumSet.of(Role.HOMEROOM_TEACHER, Role.STUDENT_AFFAIRS, Role.ACADEMIC_AFFAIRS, Role.REGISTRAR), false));
    }
}
