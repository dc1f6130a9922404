package tw.huixiao.platform.application.documents;

import java.util.List;
import java.util.Objects;

/**
 * A record printed as it stands — a form record with its sign-off chain, an ISP with its
 * timetable and budget, a form prefilled from the case to be filled in by hand — as parts the
 * renderer lays out on A4 in order: the school's letterhead, the title, a line saying which
 * record this is, then headings, labelled text, bordered tables and sign-off boxes. The renderer
 * wraps Chinese text, breaks pages where needed (repeating a table's header, splitting a tall
 * row) and puts 密件 (when {@code confidential}) and "第 i 頁，共 n 頁" with {@code footer} on
 * every page. Unlike an issued letter it takes no 發文字號: printing a record is not sending it.
 */
public record Printout(String schoolName, String schoolAddress, String schoolPhone, String title, String subtitle,
                       String footer, boolean confidential, List<Part> parts) {

    public Printout {
        Objects.requireNonNull(title, "title");
        parts = List.copyOf(parts);
    }

    /** One piece of a printout, in order. */
    public sealed interface Part permits Heading, Text, Table, Signatures, PageBreak {
    }

    /** A section's title. */
    public record Heading(String text) implements Part {
    }

    /** A labelled paragraph (the label may be empty); the text wraps under itself. */
    public record Text(String label, String text) implements Part {
    }

    /**
     * A table with borders: relative column widths, a header row (repeated after a page break;
     * empty for none) and rows of cells (text; {@code \n} breaks a line). A table kept together
     * (a timetable grid) starts on a new page rather than break, when a page can hold it.
     */
    public record Table(List<String> header, List<Float> widths, List<List<String>> rows, boolean keepTogether)
            implements Part {

        public Table(List<String> header, List<Float> widths, List<List<String>> rows) {
            this(header, widths, rows, false);
        }

        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            int columns = widths.size();
            if (!header.isEmpty() && header.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("every row has one cell per column");
            }
        }

        /** A form's label–value rows. */
        public static Table fields(List<List<String>> rows) {
            return new Table(List.of(), List.of(0.28f, 0.72f), rows);
        }
    }

    /** Sign-off boxes in the chain's order. */
    public record Signatures(List<Box> boxes) implements Part {

        public Signatures {
            boxes = List.copyOf(boxes);
        }
    }

    /** A box: its title (the stage, e.g. 輔導主任) and what is written in it — none: to sign by hand. */
    public record Box(String title, List<String> lines) {

        public Box {
            lines = List.copyOf(lines);
        }
    }

    /** The next part starts a new page (e.g. the budget page). */
    public record PageBreak() implements Part {
    }
}
