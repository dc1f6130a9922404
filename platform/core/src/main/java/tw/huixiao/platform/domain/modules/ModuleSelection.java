package tw.huixiao.platform.domain.modules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import tw.huixiao.policy.spi.ModuleVersion;

/**
 * Which stored module new cases of a county use on a day: of the active modules serving the
 * county whose effective date has come, the highest version. Uploads must be newer than every
 * version of their module, so the highest version is also the latest activated; retiring it
 * (rollback) lets the previous one serve again.
 */
public final class ModuleSelection {

    private ModuleSelection() {
    }

    public static Optional<StoredModule> serving(Collection<StoredModule> modules, String county, LocalDate day) {
        return modules.stream().filter(m -> m.servesOn(day) && m.counties().contains(county))
                .max(Comparator.comparing((StoredModule m) -> ModuleVersion.parse(m.version())));
    }
}
