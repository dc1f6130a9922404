package tw.huixiao.policy.spi;

import java.time.Clock;
import java.util.Locale;

/**
 * Host services handed to a module for one evaluation: the clock (tests move it), the
 * user's locale and the school the evaluation is for. New host services are added as
 * {@code default} methods so that existing modules keep compiling.
 */
public interface PolicyContext {

    Clock clock();

    Locale locale();

    SchoolProfile school();

    /** A context from its parts (hosts, the compatibility kit and module tests). */
    static PolicyContext of(Clock clock, Locale locale, SchoolProfile school) {
        return new PolicyContext() {
            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public SchoolProfile school() {
                return school;
            }
        };
    }
}
