package tw.huixiao.policy.tck;

import java.util.LinkedHashMap;
import java.util.Map;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.funding.FundingPolicy;

/** Every user-visible text of a module, keyed by where it appears. */
final class BilingualTexts {

    private BilingualTexts() {
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN;
    }

    static Map<String, LocalizedText> of(CountyPolicy p) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        texts.put("identity", p.identity().displayName());
        p.identity().documents().forEach(d -> texts.put("document " + d.title().zhTw(), d.title()));
        p.categories().forEach(c -> texts.put("category " + c.id(), c.name()));
        p.recordRetention().forEach(r -> texts.put("retention " + r.formId(), r.basis()));
        p.timeline().steps().forEach(s -> texts.put("step " + s.ruleId() + " " + s.trigger(), s.duty()));
        p.forms().forEach(f -> {
            String form = "form " + f.id();
            texts.put(form, f.title());
            f.sections().forEach(s -> texts.put(form + " section " + s.key(), s.title()));
            f.fields().forEach(field -> {
                texts.put(form + " field " + field.key(), field.label());
                field.options().forEach(o -> texts.put(form + " field " + field.key() + " option " + o.code(), o.label()));
                field.columns().forEach(c -> {
                    texts.put(form + " field " + field.key() + " column " + c.key(), c.label());
                    c.options().forEach(o -> texts.put(form + " field " + field.key() + " column " + c.key() + " option "
                            + o.code(), o.label()));
                });
            });
            f.signOff().forEach(stage -> texts.put(form + " stage " + stage.key(), stage.title()));
        });
        p.documents().forEach(d -> texts.put("document template " + d.kind(), d.title()));
        p.bureauFilings().forEach(f -> texts.put("bureau filing " + f.ruleId() + " " + f.produces(), f.title()));
        if (p.funding() instanceof FundingPolicy.Rules rules) {
            rules.items().forEach(i -> {
                texts.put("budget item " + i.code(), i.name());
                texts.put("budget item unit " + i.code(), i.unit());
            });
            rules.rules().forEach(r -> texts.put("funding rule " + r.ruleId(), r.description()));
        } else if (p.funding() instanceof FundingPolicy.NoPerCaseFunding none) {
            texts.put("funding", none.reason());
        }
        p.placement().ifPresent(r -> texts.put("placement " + r.ruleId(), r.description()));
        p.closure().ifPresent(r -> texts.put("closure " + r.ruleId(), r.description()));
        p.forbiddenTransitions().forEach(t -> texts.put("forbidden transition " + t.ruleId() + " to " + t.to(),
                t.reason()));
        p.agencies().forEach(a -> texts.put("agency " + a.id(), a.name()));
        return texts;
    }
}
