package tw.huixiao.ui.duties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.timeline.Step;

/**
 * Issue 17 "done when": no duty of any bundled county module is left without a way to complete it
 * in the UI. Walks every step of every module's ladder and asks the completion component's own
 * decision ({@link DutyPath}) which path it offers, then checks that path can be walked: a form id
 * names a form of the module (the form editor draws it), a document kind is rendered by the module
 * with a way to send it and is led by an office that issues documents, anything else is a note —
 * and every responsible role is one the platform knows, so the duty reaches someone's 今日待辦.
 */
class DutyWalkTest {

    /** Who may issue and send official documents (the platform's DocumentService: the offices and the principal). */
    private static final Set<Role> ISSUERS = EnumSet.of(Role.PRINCIPAL, Role.STUDENT_AFFAIRS, Role.ACADEMIC_AFFAIRS,
            Role.REGISTRAR, Role.COUNSELING);

    private static List<CountyPolicy> bundled() {
        List<CountyPolicy> modules = new ArrayList<>();
        ServiceLoader.load(CountyPolicy.class).forEach(modules::add);
        return modules;
    }

    @Test
    void theFourBundledModulesAreWalked() {
        Set<String> counties = bundled().stream().flatMap(p -> p.identity().counties().stream())
                .map(CountyCode::value).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(4, counties.size(), "Taoyuan, New Taipei, Yunlin and Tainan: " + counties);
        bundled().forEach(p -> assertFalse(p.timeline().steps().isEmpty(), p.identity() + " has a ladder"));
    }

    @Test
    void everyStepOfEveryModuleHasACompletionPathInTheUi() {
        List<String> deadEnds = new ArrayList<>();
        int forms = 0;
        int documents = 0;
        int notes = 0;
        for (CountyPolicy policy : bundled()) {
            for (Step step : policy.timeline().steps()) {
                String where = policy.identity().id() + " " + step.ruleId();
                step.responsible().stream().map(SchoolRole::name).filter(r -> !isPlatformRole(r))
                        .forEach(r -> deadEnds.add(where + ": role " + r + " is nobody's on the platform"));
                String produces = step.producesIfAny().orElse(null);
                DutyPath path = DutyPath.of(produces, policy);
                if (path instanceof DutyPath.Form form) {
                    forms++;
                    if (form.form().fields().findAny().isEmpty()) {
                        deadEnds.add(where + ": form " + produces + " has no field to fill");
                    }
                } else if (path instanceof DutyPath.Document document) {
                    documents++;
                    if (document.document().dispatch().isEmpty()) {
                        deadEnds.add(where + ": document " + produces + " cannot be recorded as sent");
                    }
                    if (step.responsible().stream().map(r -> Role.valueOf(r.name())).noneMatch(ISSUERS::contains)) {
                        deadEnds.add(where + ": document " + produces + " is for " + step.responsible()
                                + ", who cannot issue it");
                    }
                } else {
                    notes++;
                    // A note records what was done; the step's output must still be one the module names
                    // (a form or a document kind "recorded by staff"), never a typo no path can find.
                    if (produces != null && !policy.documentKinds().contains(produces)) {
                        deadEnds.add(where + ": produces " + produces + ", neither a form nor a document kind of "
                                + "the module");
                    }
                }
            }
        }
        assertTrue(deadEnds.isEmpty(), "duties without a way to complete them in the UI:\n" + String.join("\n", deadEnds));
        // Each path is walked by some module's ladder (e.g. TY-D1-CONTACT's 輔導訪談紀錄 (B) 表,
        // TY-D3-REGISTERED-MAIL's 限時掛號 letter, TY-D1-INDIGENOUS's note).
        assertTrue(forms > 0 && documents > 0 && notes > 0, forms + " forms, " + documents + " documents, " + notes + " notes");
    }

    @Test
    void theTaoyuanDayOneContactIsTheBFormAndTheDayThreeLetterIsADocument() {
        CountyPolicy taoyuan = bundled().stream().filter(p -> p.identity().counties().contains(CountyCode.TAOYUAN))
                .findFirst().orElseThrow();
        assertTrue(DutyPath.of(step(taoyuan, "TY-D1-CONTACT", SchoolRole.HOMEROOM_TEACHER).producesIfAny().orElseThrow(), taoyuan)
                instanceof DutyPath.Form, "TY-D1-CONTACT is recorded on the B表");
        assertTrue(DutyPath.of(step(taoyuan, "TY-D3-REGISTERED-MAIL", SchoolRole.REGISTRAR).producesIfAny().orElseThrow(), taoyuan)
                instanceof DutyPath.Document, "TY-D3-REGISTERED-MAIL is the registered letter");
        assertTrue(DutyPath.of(null, taoyuan) instanceof DutyPath.Note);
    }

    /** The step of the rule led by the role (TY-D3-REGISTERED-MAIL has two: 學務處's list, 註冊組's letter). */
    private static Step step(CountyPolicy policy, String ruleId, SchoolRole lead) {
        return policy.timeline().steps().stream().filter(s -> s.ruleId().value().equals(ruleId)
                && s.responsible().get(0) == lead).findFirst().orElseThrow();
    }

    private static boolean isPlatformRole(String name) {
        try {
            Role.valueOf(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
