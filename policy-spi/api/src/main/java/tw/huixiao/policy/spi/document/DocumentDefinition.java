package tw.huixiao.policy.spi.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.timeline.Condition;

/**
 * An official document a county module supplies and the platform renders from a case: its
 * kind (what a step {@code produces}), title, the rule it serves, layout, when it applies to a
 * case, the addressee (受文者), the recipients of the original (正本) and of copies (副本) with
 * their conditions, attachments, the body, which case data it prints, and how it may be sent.
 *
 * <p>Validated on construction: every {@code {placeholder}} of every text is a known
 * {@link DocumentData} key, and case data must be declared in {@code needs} (the platform loads
 * nothing else). A document that prints personal data is confidential (密件) — derived, so a
 * module cannot forget it.
 */
public record DocumentDefinition(String kind, LocalizedText title, RuleId ruleId, DocumentLayout layout,
                                 Condition appliesWhen, String addressee, String urgency, List<Recipient> originals,
                                 List<Recipient> copies, List<String> attachments, List<Block> body,
                                 Set<DocumentData> needs, Set<DispatchMethod> dispatch) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public DocumentDefinition {
        Objects.requireNonNull(kind, "document kind");
        if (!kind.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw new IllegalArgumentException("document kind must look like PARENT_NOTICE_REGISTERED_MAIL: " + kind);
        }
        Objects.requireNonNull(title, () -> kind + ": title");
        Objects.requireNonNull(ruleId, () -> kind + ": rule id");
        Objects.requireNonNull(layout, () -> kind + ": layout");
        Objects.requireNonNull(appliesWhen, () -> kind + ": condition");
        originals = List.copyOf(originals);
        copies = List.copyOf(copies);
        attachments = List.copyOf(attachments);
        body = List.copyOf(body);
        needs = needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
        dispatch = Set.copyOf(dispatch);
        if (body.isEmpty()) {
            throw new IllegalArgumentException(kind + ": a document has a body");
        }
        if (dispatch.isEmpty()) {
            throw new IllegalArgumentException(kind + ": name how the document may be sent");
        }
        if (layout == DocumentLayout.LETTER && (addressee == null || addressee.isBlank() || originals.isEmpty())) {
            throw new IllegalArgumentException(kind + ": a letter has an addressee (受文者) and an original (正本)");
        }
        Set<String> unknown = new TreeSet<>();
        Set<String> undeclared = new TreeSet<>();
        for (String text : templates(addressee, urgency, originals, copies, attachments, body).toList()) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                Optional<DocumentData> data = DocumentData.byKey(m.group(1));
                if (data.isEmpty()) {
                    unknown.add(m.group(1));
                } else if (!data.get().alwaysAvailable() && !needs.contains(data.get())) {
                    undeclared.add(m.group(1));
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(kind + ": unknown placeholders " + unknown);
        }
        if (!undeclared.isEmpty()) {
            throw new IllegalArgumentException(kind + ": placeholders not declared in needs " + undeclared);
        }
    }

    /** 密件: the document prints personal data of the student or family. */
    public boolean confidential() {
        return needs.stream().anyMatch(DocumentData::personal);
    }

    public Optional<String> urgencyIfAny() {
        return Optional.ofNullable(urgency).filter(u -> !u.isBlank());
    }

    /** Every template text, for checks (placeholders, Chinese text). */
    public Stream<String> texts() {
        return templates(addressee, urgency, originals, copies, attachments, body);
    }

    private static Stream<String> templates(String addressee, String urgency, List<Recipient> originals,
                                            List<Recipient> copies, List<String> attachments, List<Block> body) {
        return Stream.of(Stream.ofNullable(addressee), Stream.ofNullable(urgency),
                        originals.stream().map(Recipient::name), copies.stream().map(Recipient::name),
                        attachments.stream(), body.stream().flatMap(Block::texts))
                .flatMap(s -> s);
    }

    public static Builder letter(String kind) {
        return new Builder(kind, DocumentLayout.LETTER);
    }

    public static Builder form(String kind) {
        return new Builder(kind, DocumentLayout.FORM);
    }

    public static final class Builder {
        private final String kind;
        private final DocumentLayout layout;
        private LocalizedText title;
        private RuleId ruleId;
        private Condition appliesWhen = Condition.ALWAYS;
        private String addressee;
        private String urgency;
        private final List<Recipient> originals = new ArrayList<>();
        private final List<Recipient> copies = new ArrayList<>();
        private final List<String> attachments = new ArrayList<>();
        private final List<Block> body = new ArrayList<>();
        private final Set<DocumentData> needs = EnumSet.noneOf(DocumentData.class);
        private final Set<DispatchMethod> dispatch = EnumSet.noneOf(DispatchMethod.class);

        private Builder(String kind, DocumentLayout layout) {
            this.kind = kind;
            this.layout = layout;
        }

        public Builder title(String zhTw, String en) {
            this.title = LocalizedText.of(zhTw, en);
            return this;
        }

        public Builder rule(String ruleId) {
            this.ruleId = RuleId.of(ruleId);
            return this;
        }

        public Builder when(Condition condition) {
            this.appliesWhen = condition;
            return this;
        }

        public Builder to(String addressee) {
            this.addressee = addressee;
            return this;
        }

        public Builder urgency(String urgency) {
            this.urgency = urgency;
            return this;
        }

        public Builder original(Recipient recipient) {
            originals.add(recipient);
            return this;
        }

        public Builder copy(Recipient recipient) {
            copies.add(recipient);
            return this;
        }

        public Builder attachment(String attachment) {
            attachments.add(attachment);
            return this;
        }

        public Builder subject(String text) {
            body.add(new Block.Paragraph("主旨", text));
            return this;
        }

        public Builder explanation(String... items) {
            body.add(new Block.Items("說明", List.of(items)));
            return this;
        }

        public Builder paragraph(String label, String text) {
            body.add(new Block.Paragraph(label, text));
            return this;
        }

        public Builder table(Block.Row... rows) {
            body.add(new Block.Table(List.of(rows)));
            return this;
        }

        public Builder signatures(String... titles) {
            body.add(new Block.Signatures(List.of(titles)));
            return this;
        }

        public Builder needs(DocumentData... data) {
            needs.addAll(List.of(data));
            return this;
        }

        public Builder sentBy(DispatchMethod... methods) {
            dispatch.addAll(List.of(methods));
            return this;
        }

        public DocumentDefinition build() {
            return new DocumentDefinition(kind, title, ruleId, layout, appliesWhen, addressee, urgency, originals,
                    copies, attachments, body, needs, dispatch);
        }
    }

    /** A table row, for {@link Builder#table}. */
    public static Block.Row row(String label, String value) {
        return new Block.Row(label, value);
    }
}
