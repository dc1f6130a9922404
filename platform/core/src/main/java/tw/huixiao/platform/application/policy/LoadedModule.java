package tw.huixiao.platform.application.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;

/**
 * One module the host found: loaded and serving ({@link Status#ACTIVE}), or refused with the
 * reasons ({@link Status#FAILED}). {@code source} is "classpath:…" or the jar's path.
 */
public record LoadedModule(String id, ModuleVersion version, String source, Status status, List<String> errors,
                           CountyPolicy policy, int precedence, Instant loadedAt) {

    public enum Status { ACTIVE, FAILED }

    public LoadedModule {
        errors = List.copyOf(errors);
    }

    public static LoadedModule active(CountyPolicy policy, String source, int precedence, Instant now) {
        return new LoadedModule(policy.identity().id(), policy.identity().version(), source, Status.ACTIVE, List.of(),
                policy, precedence, now);
    }

    public static LoadedModule failed(String id, ModuleVersion version, String source, List<String> errors, Instant now) {
        return new LoadedModule(id, version, source, Status.FAILED, errors, null, 0, now);
    }

    public Optional<CountyPolicy> policyIfActive() {
        return Optional.ofNullable(policy);
    }

    public String key() {
        return id + "@" + version;
    }
}
