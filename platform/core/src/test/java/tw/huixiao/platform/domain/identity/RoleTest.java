package tw.huixiao.platform.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.SchoolRole;

/** Every role a module can name (SchoolRole) is a school role of the platform under the same name. */
class RoleTest {

    @Test
    void everySchoolRoleOfTheSpiIsASchoolRoleHereByName() {
        for (SchoolRole r : SchoolRole.values()) {
            assertTrue(Role.valueOf(r.name()).isSchoolRole(), r.name());
        }
        Set<String> platformOnly = Arrays.stream(Role.values()).filter(Role::isSchoolRole).map(Role::name)
                .filter(n -> Arrays.stream(SchoolRole.values()).noneMatch(s -> s.name().equals(n)))
                .collect(Collectors.toSet());
        assertEquals(Set.of("SCHOOL_ADMIN"), platformOnly, "school roles a module cannot name");
    }

    @Test
    void theHeadsOfOfficesAreLabelledAsTheDocumentsNameThem() {
        assertEquals("輔導主任", Role.COUNSELING_DIRECTOR.label().zhTw());
        assertEquals("生教組長", Role.DISCIPLINE_SECTION_HEAD.label().zhTw());
        // In EnumSet order an office comes before its head: a holder of both acts first as the office.
        assertEquals(Role.COUNSELING, EnumSet.of(Role.COUNSELING_DIRECTOR, Role.COUNSELING).iterator().next());
    }
}
