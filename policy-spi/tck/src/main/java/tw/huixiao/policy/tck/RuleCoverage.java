package tw.huixiao.policy.tck;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.RuleId;

/** Every rule a module encodes has a test that cites it with {@link CitesRule}. */
public final class RuleCoverage {

    private RuleCoverage() {
    }

    /** The rule ids cited by test methods of the given classes. */
    public static Set<String> citedBy(Class<?>... testClasses) {
        return Stream.of(testClasses).flatMap(c -> Stream.of(c.getDeclaredMethods()))
                .flatMap(RuleCoverage::cited).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Fails listing the encoded rules no test cites, and cited ids the module does not encode
     * (a test of a rule that is not there).
     */
    public static void assertEveryEncodedRuleIsTested(CountyPolicy policy, Class<?>... testClasses) {
        Set<String> encoded = policy.encodedRules().stream().map(RuleId::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> cited = citedBy(testClasses);
        Set<String> untested = new TreeSet<>(encoded);
        untested.removeAll(cited);
        Set<String> unknown = new TreeSet<>(cited);
        unknown.removeAll(encoded);
        if (!untested.isEmpty() || !unknown.isEmpty()) {
            throw new AssertionError("rules without a @CitesRule test: " + untested
                    + "; tests citing rules the module does not encode: " + unknown);
        }
    }

    private static Stream<String> cited(Method method) {
        return Stream.of(method.getAnnotationsByType(CitesRule.class)).map(CitesRule::value);
    }
}
