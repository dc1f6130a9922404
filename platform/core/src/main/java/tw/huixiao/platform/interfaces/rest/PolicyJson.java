package tw.huixiao.platform.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.function.Function;
import tw.huixiao.platform.application.policy.LoadedModule;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.funding.FundingRule;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Trigger;

/**
 * A module as JSON for review by bureaus: exactly what is deployed — identity, categories,
 * ladder, forms, funding rules, placement and closure rules.
 */
final class PolicyJson {

    private PolicyJson() {
    }

    static JsonObject summary(LoadedModule m) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", m.id())
                .add("status", m.status().name()).add("source", m.source())
                .add("loadedAt", m.loadedAt().toString()).add("errors", strings(m.errors()));
        if (m.version() != null) {
            o.add("version", m.version().toString());
        }
        m.policyIfActive().ifPresent(p -> {
            o.add("displayName", text(p.identity().displayName()));
            o.add("counties", strings(p.identity().counties().stream().map(Object::toString).sorted().toList()));
        });
        return o.build();
    }

    static JsonObject detail(CountyPolicy p) {
        PolicyIdentity identity = p.identity();
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", identity.id()).add("version", identity.version().toString())
                .add("displayName", text(identity.displayName()))
                .add("counties", strings(identity.counties().stream().map(Object::toString).sorted().toList()))
                .add("documents", array(identity.documents(), d -> {
                    JsonObjectBuilder doc = Json.createObjectBuilder().add("title", text(d.title()));
                    d.issuedOnIfKnown().ifPresent(date -> doc.add("issuedOn", date.toString()));
                    d.referenceNumberIfKnown().ifPresent(ref -> doc.add("referenceNumber", ref));
                    return doc.build();
                }))
                .add("encodedRules", strings(p.encodedRules().stream().map(Object::toString).sorted().toList()))
                .add("categories", array(p.categories(), PolicyJson::category))
                .add("timeline", array(p.timeline().steps(), PolicyJson::step))
                .add("forms", array(p.forms(), PolicyJson::form))
                .add("funding", funding(p.funding()));
        p.placement().ifPresent(r -> o.add("placement", Json.createObjectBuilder()
                .add("ruleId", r.ruleId().toString()).add("description", text(r.description()))));
        p.closure().ifPresent(r -> o.add("closure", Json.createObjectBuilder()
                .add("ruleId", r.ruleId().toString()).add("description", text(r.description()))));
        o.add("forbiddenTransitions", array(p.forbiddenTransitions(), t -> Json.createObjectBuilder()
                .add("ruleId", t.ruleId().toString())
                .add("from", strings(t.from().stream().map(Enum::name).sorted().toList()))
                .add("to", t.to().name())
                .add("categoryIds", strings(t.categoryIds().stream().sorted().toList()))
                .add("reason", text(t.reason())).build()));
        return o.build();
    }

    private static JsonObject category(CaseCategory c) {
        return Json.createObjectBuilder().add("id", c.id()).add("ruleId", c.ruleId().toString())
                .add("kind", c.kind().name()).add("name", text(c.name()))
                .add("detection", array(c.detection(), PolicyJson::detection)).build();
    }

    private static JsonObject detection(DetectionRule rule) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("type", rule.getClass().getSimpleName());
        if (rule instanceof DetectionRule.ConsecutiveUnexcusedDays r) {
            o.add("days", r.days());
        } else if (rule instanceof DetectionRule.CumulativeUnexcusedDaysInSemester r) {
            o.add("days", r.days());
        } else if (rule instanceof DetectionRule.LeaveRequestsInMonth r) {
            o.add("requests", r.requests());
        } else if (rule instanceof DetectionRule.PersonalAndSickLeaveDaysInMonth r) {
            o.add("days", r.days());
        } else if (rule instanceof DetectionRule.RegistrationNoShow r) {
            o.add("schoolDays", r.schoolDays());
        } else if (rule instanceof DetectionRule.TransferNoShow r) {
            o.add("days", r.days());
        }
        return o.build();
    }

    private static JsonObject step(Step s) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("ruleId", s.ruleId().toString())
                .add("trigger", s.trigger() instanceof Trigger.StreakDay d
                        ? Json.createObjectBuilder().add("streakDay", d.day()).build()
                        : Json.createObjectBuilder().add("event", ((Trigger.OnEvent) s.trigger()).event().name()).build())
                .add("responsible", strings(s.responsible().stream().map(Enum::name).toList()))
                .add("duty", text(s.duty()))
                .add("condition", s.condition().describe())
                .add("deadline", deadline(s.deadline()));
        s.recurrenceIfAny().ifPresent(r -> {
            JsonObjectBuilder rec = Json.createObjectBuilder().add("times", r.times()).add("every", r.every().toString());
            r.lastingIfBounded().ifPresent(l -> rec.add("lasting", l.toString()));
            o.add("recurrence", rec);
        });
        s.producesIfAny().ifPresent(v -> o.add("produces", v));
        s.sourceIfAny().ifPresent(v -> o.add("source", v));
        return o.build();
    }

    private static JsonObject deadline(Deadline d) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("type", d.getClass().getSimpleName());
        if (d instanceof Deadline.SchoolDays s) {
            o.add("days", s.days());
        } else if (d instanceof Deadline.WorkingDays w) {
            o.add("days", w.days());
        } else if (d instanceof Deadline.Elapsed e) {
            o.add("duration", e.duration().toString());
        } else if (d instanceof Deadline.Within w) {
            o.add("period", w.period().toString());
        } else if (d instanceof Deadline.Window w) {
            o.add("earliest", w.earliest().toString()).add("latest", w.latest().toString());
        }
        return o.build();
    }

    private static JsonObject form(FormDefinition f) {
        return Json.createObjectBuilder().add("id", f.id()).add("version", f.version()).add("title", text(f.title()))
                .add("ruleId", f.ruleId().toString())
                .add("sections", array(f.sections(), s -> Json.createObjectBuilder().add("key", s.key())
                        .add("title", text(s.title())).add("fields", array(s.fields(), PolicyJson::field)).build()))
                .add("signOff", array(f.signOff(), st -> Json.createObjectBuilder().add("key", st.key())
                        .add("title", text(st.title())).add("stamp", st.stamp())
                        .add("roles", strings(st.roles().stream().map(Enum::name).sorted().toList()))
                        .add("fields", strings(st.fieldKeys().stream().sorted().toList())).build()))
                .build();
    }

    private static JsonObject field(Field f) {
        return Json.createObjectBuilder().add("key", f.key()).add("label", text(f.label()))
                .add("type", f.type().name()).add("required", f.required())
                .add("options", array(f.options(), o -> Json.createObjectBuilder().add("code", o.code())
                        .add("label", text(o.label())).add("asksForText", o.asksForText()).build()))
                .add("columns", array(f.columns(), PolicyJson::field)).build();
    }

    private static JsonObject funding(FundingPolicy funding) {
        if (funding instanceof FundingPolicy.NoPerCaseFunding none) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("type", "NO_PER_CASE_FUNDING")
                    .add("reason", text(none.reason()));
            none.ruleIdIfAny().ifPresent(r -> o.add("ruleId", r.toString()));
            return o.build();
        }
        if (funding instanceof FundingPolicy.Rules rules) {
            return Json.createObjectBuilder().add("type", "RULES")
                    .add("items", array(rules.items(), i -> Json.createObjectBuilder().add("code", i.code())
                            .add("name", text(i.name())).add("unit", text(i.unit()))
                            .add("ruleId", i.ruleId().toString()).build()))
                    .add("rules", array(rules.rules(), PolicyJson::fundingRule))
                    .add("testVectors", rules.testVectors().size())
                    .build();
        }
        return Json.createObjectBuilder().add("type", "UNDECLARED").build();
    }

    private static JsonObject fundingRule(FundingRule r) {
        return Json.createObjectBuilder().add("ruleId", r.ruleId().toString()).add("description", text(r.description()))
                .add("table", array(r.table(), row -> {
                    JsonObjectBuilder when = Json.createObjectBuilder();
                    row.when().forEach(when::add);
                    return Json.createObjectBuilder().add("when", when).add("limit", row.limit())
                            .add("per", row.per()).build();
                })).build();
    }

    private static JsonObject text(LocalizedText t) {
        return Json.createObjectBuilder().add("zhTw", t.zhTw()).add("en", t.en()).build();
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static <T> JsonArrayBuilder array(Collection<T> values, Function<T, JsonObject> mapper) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(v -> a.add(mapper.apply(v)));
        return a;
    }
}
