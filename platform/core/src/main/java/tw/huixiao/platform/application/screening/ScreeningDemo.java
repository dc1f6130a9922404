package tw.huixiao.platform.application.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.screening.ScreeningForm;
import tw.huixiao.platform.application.forms.FormRecordStore;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.screening.ScreeningCampaign;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.SignOffStage;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * Demo only ({@code huixiao.demo.enabled}): a screening of the demo school's first grade-7 class,
 * partly done — two students stamped through stage 4, one signed by the 導師 (stages 1–2), one
 * screened out at stage 1, the rest not started — and the school year's roster built from it
 * (masked names, not signed). Records are written and signed directly by the class's 導師 and the
 * counselling office's account, so no follow-up tasks or cases are laid out for them. Schools whose
 * county module has no 附表一 are left alone.
 */
@ApplicationScoped
@Transactional
public class ScreeningDemo {

    @Inject
    Tenancy tenancy;

    @Inject
    SchoolRepository schools;

    @Inject
    UserAccountRepository users;

    @Inject
    Policies policies;

    @Inject
    ScreeningStore store;

    @Inject
    FormRecordStore records;

    @Inject
    RosterService rosters;

    @Inject
    Clock clock;

    public void seed(long schoolId, int schoolYear) {
        tenancy.bind(schoolId);
        Optional<CountyPolicy> policy = policies.forCounty(schools.find(schoolId).orElseThrow().getCounty());
        Optional<ScreeningForm> screening = policy.flatMap(ScreeningForm::of);
        Optional<FormDefinition> form = screening.flatMap(sc -> policy.get().forms().stream()
                .filter(f -> f.id().equals(sc.formId())).max(Comparator.comparingInt(FormDefinition::version)));
        List<ScreeningStore.ClassRow> classes = store.classes(schoolId, schoolYear, 7, null);
        List<UserAccount> staff = users.findBySchool(schoolId);
        Optional<UserAccount> counsellor = staff.stream().filter(u -> u.getRoles().contains(Role.COUNSELING)).findFirst();
        if (form.isEmpty() || classes.isEmpty() || counsellor.isEmpty()) {
            return;
        }
        ScreeningCampaign campaignRules = screening.get().campaign();
        // The module's crisis states that are its categories, in the form's order (Yunlin: C1 C2 C3 C5 C6 C4 C7 C8).
        java.util.Set<String> categoryIds = policy.get().categories().stream().map(c -> c.id())
                .collect(java.util.stream.Collectors.toSet());
        List<String> crises = form.get().fields().filter(x -> x.key().equals(campaignRules.crisisField())).findFirst()
                .map(x -> x.options().stream().map(o -> o.code()).filter(categoryIds::contains).toList()).orElse(List.of());
        if (crises.size() < 6) {
            return;
        }
        ScreeningStore.ClassRow first = classes.get(0);
        List<ScreeningStore.Pupil> pupils = store.pupils(schoolId, new Long[] {first.id()});
        long homeroom = homeroomOf(staff, first.name());
        if (homeroom < 0 || pupils.size() < 4) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TaiwanTime.TAIPEI);
        FormDefinition f = form.get();
        String policyId = policy.get().identity().id();
        String version = policy.get().identity().version().toString();
        long campaign = store.insertCampaign(schoolId, schoolYear, 1, null, first.id(), policyId, version, f.id(),
                f.version(), today, "示範：" + first.name() + " 班全面篩選（部分完成）", now, counsellor.get().getId());
        for (int i = 0; i < pupils.size(); i++) {
            ScreeningStore.Pupil p = pupils.get(i);
            long assessment = store.insertAssessment(schoolId, campaign, p.id(), p.classId());
            JsonObject data = ScreeningService.prefilled(f, campaignRules, p, today);
            long record = records.insert(schoolId, FormRecordStore.Subject.ofScreening(assessment), f.id(), f.version(),
                    policyId, version, 1, null, null, null, data, now, counsellor.get().getId());
            switch (i) {
                case 0 -> stamp(schoolId, record, f, campaignRules, data, 4, codes(crises.get(0)),
                        "[\"MENTOR_TEACHER\",\"HIGH_CARE_COURSE\"],\"highCareCourseKind\":[\"HIGH_CARE_CLASS\"]",
                        homeroom, counsellor.get().getId(), now);
                case 1 -> stamp(schoolId, record, f, campaignRules, data, 4, codes(crises.get(5), crises.get(4)),
                        "[\"PSYCHOLOGIST\"]", homeroom,
                        counsellor.get().getId(), now);
                case 2 -> stamp(schoolId, record, f, campaignRules, data, 2, codes(crises.get(3)), null, homeroom,
                        counsellor.get().getId(), now);
                case 3 -> stamp(schoolId, record, f, campaignRules, data, 1, null, null, homeroom, counsellor.get().getId(),
                        now);
                default -> {
                    // not started
                }
            }
        }
        rosters.write(schoolId, schoolYear, policy.get(), counsellor.get().getId());
    }

    private static long homeroomOf(List<UserAccount> staff, String className) {
        return staff.stream().filter(u -> u.getRoles().contains(Role.HOMEROOM_TEACHER)
                        && u.getUsername().endsWith("-" + className))
                .map(UserAccount::getId).findFirst().orElse(-1L);
    }

    /** Fills and signs the first {@code stages} stages: 導師 1–2, counselling office 3–4; no indicators when crisis is null. */
    private static String codes(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> "\"" + c + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private void stamp(long school, long record, FormDefinition form, ScreeningCampaign campaign, JsonObject prefilled,
                       int stages, String crisis,
                       String strategy, long homeroom, long counsellor, Instant at) {
        JsonObjectBuilder data = Json.createObjectBuilder(prefilled);
        if (crisis != null) {
            data.add("behaviourCrisis", Json.createArrayBuilder().add("FREQUENT_LEAVE_OR_TRUANCY"))
                    .add("learningGapCrisis", Json.createArrayBuilder().add("LOW_MOTIVATION"))
                    .add("crisisByHomeroom", json(crisis));
            if (stages >= 3) {
                data.add(campaign.crisisField(), json(crisis));
            }
            if (stages >= 4) {
                JsonObject more = Json.createReader(new java.io.StringReader("{\"" + campaign.strategyField() + "\":"
                        + strategy + "}")).readObject();
                more.forEach(data::add);
            }
        }
        long version = records.find(school, record).orElseThrow().version();
        records.update(school, record, version, data.build(), at, homeroom);
        for (int i = 0; i < stages; i++) {
            SignOffStage stage = form.signOff().get(i);
            long by = i < 2 ? homeroom : counsellor;
            version = records.find(school, record).orElseThrow().version();
            records.setStatus(school, record, version, i == form.signOff().size() - 1 ? "SIGNED" : "SIGNING", at, by);
            records.sign(school, record, stage.key(), i, by, i < 2 ? Role.HOMEROOM_TEACHER.name() : Role.COUNSELING.name(),
                    stage.stamp(), at);
        }
    }

    private static jakarta.json.JsonValue json(String array) {
        return Json.createReader(new java.io.StringReader(array)).readArray();
    }
}
