package tw.huixiao.policy.spi;

import java.time.Clock;
import java.util.Locale;

/**
 * Host services handed to a module: the clock (tests move it), a locale and a school profile.
 * The host passes one only to {@link CountyPolicy#selfCheck(PolicyContext)}, when it loads the
 * module (the profile is then a placeholder school of the module's first county, not a real one);
 * everything else a module declares is data the host evaluates itself, and funding rules get the
 * real school's {@link SchoolProfile} directly. New host services are added as {@code default}
 * methods so that existing modules keep compiling.
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
