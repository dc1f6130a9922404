package tw.huixiao.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.PolicyIdentity;

/** Who the caller is, where they work and which county policy governs their school. */
@ApplicationScoped
public class ProfileService {

    @Inject
    CallerProvider callers;

    @Inject
    SchoolRepository schools;

    @Inject
    Policies policies;

    public Profile current() {
        Caller caller = callers.get();
        Optional<School> school = caller.school().flatMap(schools::find);
        Optional<PolicyIdentity> policy = school.flatMap(s -> policies.forCounty(s.getCounty()))
                .map(p -> p.identity());
        return new Profile(caller.userId(), caller.username(), caller.displayName(),
                caller.roles().stream().sorted().map(r -> new RoleView(r, r.label().zhTw(), r.label().en())).toList(),
                school.map(ProfileService::schoolView).orElse(null),
                caller.bureauCounty() == null ? null : caller.bureauCounty().value(),
                policy.map(ProfileService::policyView).orElse(null));
    }

    public record Profile(long id, String username, String displayName, List<RoleView> roles, SchoolView school,
                          String bureauCounty, PolicyView policy) {
    }

    public record RoleView(Role code, String zhTw, String en) {
    }

    public record SchoolView(long id, String moeCode, String name, String county, String level, String district,
                             boolean remoteArea) {
    }

    static SchoolView schoolView(School s) {
        return new SchoolView(s.getId(), s.getMoeCode(), s.getName(), s.getCounty().value(), s.getLevel().name(),
                s.getDistrict(), s.isRemoteArea());
    }

    private static PolicyView policyView(PolicyIdentity p) {
        return new PolicyView(p.id(), p.version().toString(), p.displayName().zhTw(), p.displayName().en(),
                p.documents().stream().map(d -> new DocumentView(d.title().zhTw(), d.title().en(),
                        d.issuedOnIfKnown().orElse(null), d.referenceNumberIfKnown().orElse(null))).toList());
    }

    public record PolicyView(String id, String version, String zhTw, String en, List<DocumentView> documents) {
    }

    /** An official document the module encodes; date and 文號 only where the document states them. */
    public record DocumentView(String zhTw, String en, LocalDate issuedOn, String referenceNumber) {
    }
}
