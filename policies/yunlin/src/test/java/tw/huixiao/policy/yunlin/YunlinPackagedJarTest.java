package tw.huixiao.policy.yunlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.tck.PackagedJar;

/**
 * The kit's first check on the packaged jar bites: Yunlin's jar reuses the national rules without
 * carrying them (it ships in the WAR beside {@code national}), so alone in the host's module class
 * loader — as if dropped into the policy directory — it cannot load, and the kit says which class
 * is missing instead of the deploy failing with "could not be instantiated".
 */
class YunlinPackagedJarTest {

    @Test
    void withoutTheNationalJarBesideItTheJarFailsTheKitNamingTheMissingClass() {
        List<String> problems = PackagedJar.problems(PackagedJar.fromBuild(), List.of(), YunlinPolicy.class.getName());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("tw/huixiao/policy/national/") || problems.get(0).contains(
                "tw.huixiao.policy.national."), problems.get(0));
        assertTrue(problems.get(0).contains("shade"), problems.get(0));
    }

    @Test
    void besideTheNationalJarAsInTheWarItLoads() {
        assertEquals(List.of(), PackagedJar.problems(PackagedJar.fromBuild(), PackagedJar.bundledFromBuild(),
                YunlinPolicy.class.getName()));
    }
}
