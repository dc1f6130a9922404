package tw.huixiao.policy.tck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module test as the test of a rule id (e.g. {@code @CitesRule("TY-D4-REPORT")});
 * {@link RuleCoverage} fails when an encoded rule has no such test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(CitesRule.List.class)
public @interface CitesRule {

    String value();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        CitesRule[] value();
    }
}
