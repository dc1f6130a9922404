package tw.huixiao.policy.spi.document;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A part of a document's body, in order. Texts are templates with {@code {key}} placeholders
 * ({@link DocumentData}); the platform fills them, wraps Chinese text and numbers items.
 */
public sealed interface Block {

    /** Every template text of the block. */
    Stream<String> texts();

    /** A labelled paragraph, e.g. 主旨：…; the label may be empty. */
    record Paragraph(String label, String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(label, "paragraph label");
            Objects.requireNonNull(text, "paragraph text");
        }

        @Override
        public Stream<String> texts() {
            return Stream.of(label, text);
        }
    }

    /** Numbered items under a label, e.g. 說明： 一、… 二、… (the platform numbers them 一、二、三、). */
    record Items(String label, List<String> items) implements Block {
        public Items {
            Objects.requireNonNull(label, "items label");
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException(label + ": at least one item");
            }
        }

        @Override
        public Stream<String> texts() {
            return Stream.concat(Stream.of(label), items.stream());
        }
    }

    /** A two-column table of a form: label, value. */
    record Table(List<Row> rows) implements Block {
        public Table {
            rows = List.copyOf(rows);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("a table has at least one row");
            }
        }

        @Override
        public Stream<String> texts() {
            return rows.stream().flatMap(r -> Stream.of(r.label(), r.value()));
        }
    }

    /** One row of a {@link Table}; an empty value leaves room to write by hand. */
    record Row(String label, String value) {
        public Row {
            Objects.requireNonNull(label, "row label");
            Objects.requireNonNull(value, () -> label + ": row value");
        }
    }

    /** Boxes to sign or stamp, e.g. 承辦人、註冊組長、教務主任、校長. */
    record Signatures(List<String> titles) implements Block {
        public Signatures {
            titles = List.copyOf(titles);
            if (titles.isEmpty()) {
                throw new IllegalArgumentException("at least one signature");
            }
        }

        @Override
        public Stream<String> texts() {
            return titles.stream();
        }
    }
}
