package tw.huixiao.platform.application.documents;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.huixiao.policy.spi.document.Block;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.document.Recipient;
import tw.huixiao.policy.spi.timeline.CaseFacts;

/**
 * Fills a county template with a case's data: placeholders replaced, recipients kept whose
 * condition holds for the case (e.g. the 原民局 only for an indigenous student, TY-D4-REPORT).
 */
public final class DocumentComposer {

    /** Printed where the case has no value for a datum the template asks for. */
    public static final String NOT_RECORDED = "（未登錄）";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private DocumentComposer() {
    }

    public static ComposedDocument compose(DocumentDefinition definition, Map<DocumentData, String> values,
                                           CaseFacts facts) {
        return new ComposedDocument(definition.layout(), definition.title().zhTw(),
                value(values, DocumentData.SCHOOL_NAME), value(values, DocumentData.SCHOOL_ADDRESS),
                value(values, DocumentData.SCHOOL_PHONE), value(values, DocumentData.ISSUE_REFERENCE),
                value(values, DocumentData.ISSUE_DATE), definition.confidential(),
                definition.addressee() == null ? null : fill(definition.addressee(), values),
                definition.urgencyIfAny().map(u -> fill(u, values)).orElse(null),
                definition.attachments().stream().map(a -> fill(a, values)).toList(),
                definition.body().stream().map(b -> fill(b, values)).toList(),
                recipients(definition.originals(), values, facts), recipients(definition.copies(), values, facts));
    }

    private static List<String> recipients(List<Recipient> recipients, Map<DocumentData, String> values,
                                           CaseFacts facts) {
        return recipients.stream().filter(r -> r.when().test(facts)).map(r -> fill(r.name(), values)).toList();
    }

    private static Block fill(Block block, Map<DocumentData, String> values) {
        if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(fill(p.label(), values), fill(p.text(), values));
        }
        if (block instanceof Block.Items items) {
            return new Block.Items(fill(items.label(), values), items.items().stream().map(i -> fill(i, values)).toList());
        }
        if (block instanceof Block.Table table) {
            return new Block.Table(table.rows().stream()
                    .map(r -> new Block.Row(fill(r.label(), values), fill(r.value(), values))).toList());
        }
        Block.Signatures signatures = (Block.Signatures) block;
        return new Block.Signatures(signatures.titles().stream().map(t -> fill(t, values)).toList());
    }

    /** Replaces every {key} with the datum's value (the definition has checked the keys). */
    static String fill(String template, Map<DocumentData, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            DocumentData data = DocumentData.byKey(m.group(1))
                    .orElseThrow(() -> new IllegalArgumentException("unknown placeholder " + m.group()));
            m.appendReplacement(out, Matcher.quoteReplacement(value(values, data)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(Map<DocumentData, String> values, DocumentData data) {
        String value = values.get(data);
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }
}
