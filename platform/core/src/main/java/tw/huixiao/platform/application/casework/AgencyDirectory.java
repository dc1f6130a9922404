package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * The referral directory of the caller's county module, with per-district agencies named after
 * the school's district (e.g. 板橋區強迫入學委員會). No personal data: any school staff may read it.
 */
@ApplicationScoped
@Transactional
public class AgencyDirectory {

    /** An agency as shown to a school. */
    public record AgencyView(String id, String nameZh, String nameEn, String kind, String contact,
                             boolean guardianConsentRequired, String replyKind, String ruleId, String source) {
    }

    @Inject
    CaseworkAccess access;

    @Inject
    SchoolRepository schools;

    @Inject
    Policies policies;

    public List<AgencyView> forCallersSchool() {
        Caller caller = access.bind();
        School school = schools.find(caller.requireSchool()).orElseThrow();
        CountyPolicy policy = policies.forCounty(school.getCounty()).orElseThrow(() -> new StateConflictException(
                "本校所屬縣市尚無啟用的規範模組 (no active policy module serves this school's county)"));
        return policy.agencies().stream().map(a -> {
            LocalizedText name = a.nameIn(school.getDistrict());
            return new AgencyView(a.id(), name.zhTw(), name.en(), a.kind().name(), a.contact(),
                    a.guardianConsentRequired(), a.reply().name(), a.ruleId().toString(), a.source());
        }).toList();
    }
}
