package tw.huixiao.platform.infrastructure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import tw.huixiao.platform.application.documents.CjkLineBreaker;
import tw.huixiao.platform.application.documents.ComposedDocument;
import tw.huixiao.platform.application.documents.DocumentsUnavailableException;
import tw.huixiao.platform.application.documents.Printout;
import tw.huixiao.policy.spi.document.Block;
import tw.huixiao.policy.spi.document.DocumentLayout;
import tw.huixiao.platform.application.documents.PdfRenderer;

/**
 * Lays a composed letter (函) or form, or a printed record ({@link Printout}), out on A4 with
 * Apache PDFBox and a Traditional Chinese TrueType font from a collection (Debian's
 * fonts-arphic-uming: "AR PL UMing TW" in uming.ttc), embedded as a subset so the PDF prints
 * the same everywhere. Symbols that font lacks — the ballot boxes ☑ ☐ of printed choices — come
 * from a fallback font (Debian's DejaVu Sans, which fontconfig brings), embedded as a subset
 * too; without it they print as ■ □. Text is wrapped by {@link CjkLineBreaker}; tables keep
 * their borders across page breaks (the header repeats, a tall row continues on the next
 * page); every page carries the 密件 marking (when confidential), the reference or record and
 * "第 i 頁，共 n 頁".
 */
public final class PdfBoxRenderer implements PdfRenderer {

    private static final float LEFT = 64;
    private static final float RIGHT = 56;
    private static final float TOP = 60;
    private static final float BOTTOM = 64;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float WIDTH = A4.getWidth() - LEFT - RIGHT;
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private static final String CHECKED = "☑";
    private static final String UNCHECKED = "☐";

    private final Path fontFile;
    private final String fontName;
    private final Path fallbackFont;

    /** @param fontName the PostScript name of the font in the collection, e.g. {@code UMingTW} */
    public PdfBoxRenderer(Path fontFile, String fontName) {
        this(fontFile, fontName, null);
    }

    /** @param fallbackFont a TrueType font for the symbols the main font lacks (☑ ☐); null or missing: none */
    public PdfBoxRenderer(Path fontFile, String fontName, Path fallbackFont) {
        this.fontFile = fontFile;
        this.fontName = fontName;
        this.fallbackFont = fallbackFont;
    }

    /** Fails with a readable message if the font cannot be used; cheap enough to call before any work. */
    @Override
    public void requireFont() {
        try (TrueTypeCollection collection = open()) {
            font(collection);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Rendered render(ComposedDocument document) {
        return render(document.title() + " " + document.referenceNumber(), document.schoolName(), layout -> {
            if (document.layout() == DocumentLayout.LETTER) {
                layout.letter(document);
            } else {
                layout.form(document);
            }
            layout.finish(document.title() + "　" + document.referenceNumber(), document.confidential());
        });
    }

    @Override
    public Rendered render(Printout printout) {
        return render(printout.title() + " " + printout.footer(), printout.schoolName(), layout -> {
            layout.printout(printout);
            layout.finish(printout.title() + "　" + printout.footer(), printout.confidential());
        });
    }

    private interface Content {
        void layOut(Layout layout) throws IOException;
    }

    private Rendered render(String title, String author, Content content) {
        try (TrueTypeCollection collection = open(); PDDocument pdf = new PDDocument()) {
            TrueTypeFont ttf = font(collection);
            PDType0Font font = PDType0Font.load(pdf, ttf, true);
            Layout layout = new Layout(pdf, new Fonts(pdf, font, ttf.getUnicodeCmapLookup(), fallback()));
            content.layOut(layout);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator("回校 Huixiao");
            info.setProducer("回校 Huixiao (Apache PDFBox)");
            info.setCreationDate(Calendar.getInstance(TimeZone.getTimeZone("Asia/Taipei")));
            pdf.getDocumentCatalog().setLanguage("zh-TW");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return new Rendered(out.toByteArray(), pdf.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + title + " failed", e);
        }
    }

    /** The fallback font's file, if configured and readable (parsed when a page first needs it). */
    private Path fallback() {
        return fallbackFont != null && Files.isReadable(fallbackFont) ? fallbackFont : null;
    }

    private TrueTypeCollection open() {
        if (!Files.isReadable(fontFile)) {
            throw unavailable(null);
        }
        try {
            return new TrueTypeCollection(fontFile.toFile());
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private TrueTypeFont font(TrueTypeCollection collection) throws IOException {
        TrueTypeFont font = collection.getFontByName(fontName);
        if (font == null) {
            throw unavailable(null);
        }
        return font;
    }

    private DocumentsUnavailableException unavailable(Exception cause) {
        return new DocumentsUnavailableException("公文字型無法使用：找不到 " + fontFile + " 中的字型 " + fontName
                + "，請系統管理者安裝 Debian 套件 fonts-arphic-uming 或設定 huixiao.documents.font "
                + "(the document font " + fontName + " in " + fontFile + " is unavailable: install the Debian package "
                + "fonts-arphic-uming or set huixiao.documents.font)", cause);
    }

    /**
     * The main font and, for what it lacks, the fallback: text is shown in runs of one font.
     * The fallback is parsed and embedded only when a page uses it.
     */
    private static final class Fonts {
        private final PDDocument pdf;
        private final PDType0Font main;
        private final CmapLookup mainCmap;
        private final Path fallbackFile;
        private PDType0Font fallback;
        private CmapLookup fallbackCmap;
        private boolean fallbackTried;

        Fonts(PDDocument pdf, PDType0Font main, CmapLookup mainCmap, Path fallbackFile) {
            this.pdf = pdf;
            this.main = main;
            this.mainCmap = mainCmap;
            this.fallbackFile = fallbackFile;
        }

        /** A piece of text in one font. */
        record Run(PDType0Font font, String text) {
        }

        /** The text as runs; characters neither font has become ？ (■ □ for the ballot boxes). */
        List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            PDType0Font[] font = {null};
            text.codePoints().forEach(cp -> {
                PDType0Font f;
                String c = new String(Character.toChars(cp));
                if (mainCmap.getGlyphId(cp) > 0) {
                    f = main;
                } else if (hasFallback(cp)) {
                    f = fallback;
                } else {
                    f = main;
                    c = CHECKED.equals(c) ? "■" : UNCHECKED.equals(c) ? "□" : "？";
                }
                if (f != font[0] && !current.isEmpty()) {
                    runs.add(new Run(font[0], current.toString()));
                    current.setLength(0);
                }
                font[0] = f;
                current.append(c);
            });
            if (!current.isEmpty()) {
                runs.add(new Run(font[0], current.toString()));
            }
            return runs;
        }

        float width(String text, float size) {
            float width = 0;
            for (Run run : runs(text)) {
                try {
                    width += run.font().getStringWidth(run.text()) / 1000f * size;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return width;
        }

        private boolean hasFallback(int cp) {
            if (!fallbackTried) {
                fallbackTried = true;
                if (fallbackFile != null) {
                    try {
                        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(fallbackFile.toFile()));
                        fallback = PDType0Font.load(pdf, ttf, true);
                        fallbackCmap = ttf.getUnicodeCmapLookup();
                    } catch (IOException e) {
                        fallback = null; // the symbols print as ■ □
                    }
                }
            }
            return fallback != null && fallbackCmap.getGlyphId(cp) > 0;
        }
    }

    /** The cursor on the current page, and the pages so far. */
    private static final class Layout {
        private static final float CELL_PAD = 4;
        private static final float CELL_SIZE = 10.5f;

        private final PDDocument pdf;
        private final Fonts fonts;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument pdf, Fonts fonts) throws IOException {
            this.pdf = pdf;
            this.fonts = fonts;
            newPage();
        }

        // ------------------------------------------------------------ the layouts

        void letter(ComposedDocument d) throws IOException {
            centred(d.schoolName() + "　函", 20);
            centred("（" + d.title() + "）", 12);
            gap(6);
            float x = LEFT + WIDTH * 0.55f;
            wrapped(x, A4.getWidth() - RIGHT - x, "地址：", d.schoolAddress(), 10);
            wrapped(x, A4.getWidth() - RIGHT - x, "電話：", d.schoolPhone(), 10);
            gap(8);
            wrapped(LEFT, WIDTH, "受文者：", d.addressee(), 14);
            gap(4);
            wrapped(LEFT, WIDTH, "發文日期：", d.date(), 11);
            wrapped(LEFT, WIDTH, "發文字號：", d.referenceNumber(), 11);
            wrapped(LEFT, WIDTH, "速別：", d.urgency() == null ? "普通件" : d.urgency(), 11);
            wrapped(LEFT, WIDTH, "密等及解密條件或保密期限：", d.confidential() ? "密件（含個人資料，限承辦人員閱覽）" : "普通", 11);
            wrapped(LEFT, WIDTH, "附件：", d.attachments().isEmpty() ? "無" : String.join("、", d.attachments()), 11);
            gap(10);
            // 公文 order: 主旨, 說明, then 正本 / 副本, then the head of the school signs.
            body(d.body().stream().filter(b -> !(b instanceof Block.Signatures)).toList(), 13);
            gap(10);
            wrapped(LEFT, WIDTH, "正本：", String.join("、", d.originals()), 11);
            wrapped(LEFT, WIDTH, "副本：", d.copies().isEmpty() ? "無" : String.join("、", d.copies()), 11);
            body(d.body().stream().filter(b -> b instanceof Block.Signatures).toList(), 13);
        }

        void form(ComposedDocument d) throws IOException {
            centred(d.schoolName(), 14);
            centred(d.title(), 20);
            gap(4);
            float half = WIDTH / 2;
            float top = y;
            wrapped(LEFT, half, "編號：", d.referenceNumber(), 11);
            float afterLeft = y;
            y = top;
            wrapped(LEFT + half, half, "填表日期：", d.date(), 11);
            y = Math.min(y, afterLeft);
            gap(6);
            body(d.body(), 12);
        }

        /** A printed record: letterhead, title, which record, then its parts in order. */
        void printout(Printout p) throws IOException {
            centred(p.schoolName(), 14);
            String contact = join("地址：", p.schoolAddress(), "　電話：", p.schoolPhone());
            if (!contact.isEmpty()) {
                centred(contact, 9);
            }
            gap(4);
            centred(p.title(), 18);
            if (p.subtitle() != null && !p.subtitle().isBlank()) {
                centred(p.subtitle(), 10);
            }
            gap(6);
            for (int i = 0; i < p.parts().size(); i++) {
                Printout.Part part = p.parts().get(i);
                Printout.Part next = i + 1 < p.parts().size() ? p.parts().get(i + 1) : null;
                if (part instanceof Printout.Heading h) {
                    if (next instanceof Printout.Table t && t.keepTogether()) {
                        keepTogether(t, 13 * 1.4f * 2 + 9); // the heading goes with the table it introduces
                    } else if (next instanceof Printout.Signatures) {
                        room(13 * 1.4f * 2 + 9 + 10 + 62); // and with the boxes to sign
                    }
                    heading(h.text());
                } else if (part instanceof Printout.Text t) {
                    if (next instanceof Printout.Table) {
                        room(11 * 1.55f + 3 * CELL_SIZE * 1.45f + 4 * CELL_PAD); // a table's caption stays with it
                    }
                    wrapped(LEFT, WIDTH, t.label().isEmpty() ? "" : t.label() + "：", t.text(), 11);
                    gap(3);
                } else if (part instanceof Printout.Table t) {
                    if (t.keepTogether()) {
                        keepTogether(t, 0);
                    }
                    grid(widths(t), t.header(), t.rows(), CELL_SIZE);
                    gap(6);
                } else if (part instanceof Printout.Signatures s) {
                    boxes(s.boxes());
                } else if (part instanceof Printout.PageBreak) {
                    newPage();
                }
            }
        }

        /** A new page unless the table (and {@code before} it) fits here — when a page can hold it at all. */
        private void keepTogether(Printout.Table t, float before) throws IOException {
            List<Float> widths = widths(t);
            float height = before + height(cells(t.header(), widths, CELL_SIZE), CELL_SIZE * 1.45f);
            for (List<String> row : t.rows()) {
                height += height(cells(row, widths, CELL_SIZE), CELL_SIZE * 1.45f);
            }
            if (height <= A4.getHeight() - TOP - BOTTOM) {
                room(height);
            }
        }

        private static List<Float> widths(Printout.Table t) {
            float total = (float) t.widths().stream().mapToDouble(Float::doubleValue).sum();
            return t.widths().stream().map(w -> WIDTH * w / total).toList();
        }

        private void body(List<Block> blocks, float size) throws IOException {
            for (Block block : blocks) {
                if (block instanceof Block.Paragraph p) {
                    wrapped(LEFT, WIDTH, p.label().isEmpty() ? "" : p.label() + "：", p.text(), size);
                    gap(4);
                } else if (block instanceof Block.Items items) {
                    wrapped(LEFT, WIDTH, items.label() + "：", "", size);
                    float indent = width("　", size);
                    for (int i = 0; i < items.items().size(); i++) {
                        String number = (i < NUMERALS.length ? NUMERALS[i] : String.valueOf(i + 1)) + "、";
                        wrapped(LEFT + indent, WIDTH - indent, number, items.items().get(i), size);
                    }
                    gap(4);
                } else if (block instanceof Block.Table table) {
                    float labelWidth = 118;
                    grid(List.of(labelWidth, WIDTH - labelWidth), List.of(),
                            table.rows().stream().map(r -> List.of(r.label(), r.value())).toList(), size);
                    gap(8);
                } else if (block instanceof Block.Signatures signatures) {
                    boxes(signatures.titles().stream().map(t -> new Printout.Box(t, List.of())).toList());
                }
            }
        }

        // ------------------------------------------------------------ pieces

        private void centred(String text, float size) throws IOException {
            for (String line : breaker(size).wrap(text, WIDTH)) {
                room(size * 1.5f);
                show(LEFT + (WIDTH - width(line, size)) / 2, y - size, line, size);
                y -= size * 1.5f;
            }
        }

        /** A section title with a rule under it, kept with at least two lines of what follows. */
        private void heading(String text) throws IOException {
            float size = 13;
            gap(4);
            List<String> lines = breaker(size).wrap(text, WIDTH);
            room(lines.size() * size * 1.4f + 3 * CELL_SIZE * 1.45f);
            for (String line : lines) {
                show(LEFT, y - size, line, size);
                y -= size * 1.4f;
            }
            content.moveTo(LEFT, y);
            content.lineTo(LEFT + WIDTH, y);
            content.stroke();
            gap(5);
        }

        /** A label and its text wrapped in the width left after it (a hanging indent, as 公文 set 主旨：). */
        private void wrapped(float x, float width, String label, String text, float size) throws IOException {
            float labelWidth = width(label, size);
            List<String> lines = breaker(size).wrap(text == null ? "" : text, width - labelWidth);
            float leading = size * 1.55f;
            for (int i = 0; i < lines.size(); i++) {
                room(leading);
                if (i == 0 && !label.isEmpty()) {
                    show(x, y - size, label, size);
                }
                if (!lines.get(i).isEmpty()) {
                    show(x + labelWidth, y - size, lines.get(i), size);
                }
                y -= leading;
            }
        }

        /**
         * A table with borders. A row that does not fit on the page continues on the next one
         * (its cells split line by line), the header row repeating at the top of each page.
         */
        private void grid(List<Float> widths, List<String> header, List<List<String>> rows, float size)
                throws IOException {
            float leading = size * 1.45f;
            List<List<String>> headerLines = cells(header, widths, size);
            if (!header.isEmpty()) {
                room(height(headerLines, leading) + leading + 2 * CELL_PAD);
                row(widths, headerLines, size, leading, true);
            }
            for (List<String> cells : rows) {
                List<List<String>> lines = cells(cells, widths, size);
                int done = 0;
                int tallest = lines.stream().mapToInt(List::size).max().orElse(1);
                while (done < tallest) {
                    int fit = (int) Math.floor((y - BOTTOM - 2 * CELL_PAD) / leading);
                    boolean wholeRowFitsOnANewPage = done == 0 && tallest * leading + 2 * CELL_PAD
                            < A4.getHeight() - TOP - BOTTOM - height(headerLines, leading);
                    if (fit < 1 || done == 0 && fit < tallest && wholeRowFitsOnANewPage) {
                        newPage();
                        if (!header.isEmpty()) {
                            row(widths, headerLines, size, leading, true);
                        }
                        continue;
                    }
                    int take = Math.min(fit, tallest - done);
                    int from = done;
                    row(widths, lines.stream().map(l -> l.subList(Math.min(from, l.size()),
                            Math.min(from + take, l.size()))).toList(), size, leading, false);
                    done += take;
                }
            }
        }

        private List<List<String>> cells(List<String> cells, List<Float> widths, float size) {
            List<List<String>> lines = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i) == null ? "" : cells.get(i);
                lines.add(breaker(size).wrap(text, widths.get(i) - 2 * CELL_PAD));
            }
            return lines;
        }

        private static float height(List<List<String>> lines, float leading) {
            return lines.isEmpty() ? 0 : lines.stream().mapToInt(l -> Math.max(1, l.size())).max().orElse(1) * leading
                    + 2 * CELL_PAD;
        }

        /** One row (or the part of a row that fits) with its borders; a header row is shaded. */
        private void row(List<Float> widths, List<List<String>> lines, float size, float leading, boolean shaded)
                throws IOException {
            float height = height(lines, leading);
            float x = LEFT;
            for (int i = 0; i < widths.size(); i++) {
                if (shaded) {
                    content.setNonStrokingColor(0.9f);
                    content.addRect(x, y - height, widths.get(i), height);
                    content.fill();
                    content.setNonStrokingColor(0f);
                }
                content.addRect(x, y - height, widths.get(i), height);
                content.stroke();
                List<String> cell = i < lines.size() ? lines.get(i) : List.of();
                for (int j = 0; j < cell.size(); j++) {
                    if (!cell.get(j).isEmpty()) {
                        show(x + CELL_PAD, y - CELL_PAD - size - j * leading, cell.get(j), size);
                    }
                }
                x += widths.get(i);
            }
            y -= height;
        }

        /**
         * Boxes to sign or stamp, in the order given (e.g. 承辦人 … 校長), at most four to a row and
         * right-aligned; each shows its title and what is written in it (a signer's name, role and
         * time), or is left empty to sign by hand.
         */
        private void boxes(List<Printout.Box> boxes) throws IOException {
            float titleSize = 10.5f;
            float lineSize = 9.5f;
            gap(10);
            for (int start = 0; start < boxes.size(); start += 4) {
                List<Printout.Box> row = boxes.subList(start, Math.min(boxes.size(), start + 4));
                float box = Math.min(160, WIDTH / Math.min(boxes.size(), 4));
                List<List<String>> titles = new ArrayList<>();
                List<List<String>> lines = new ArrayList<>();
                float height = 62;
                for (Printout.Box b : row) {
                    List<String> title = breaker(titleSize).wrap(b.title(), box - 10);
                    List<String> written = b.lines().stream().flatMap(l -> breaker(lineSize).wrap(l, box - 10).stream())
                            .toList();
                    titles.add(title);
                    lines.add(written);
                    height = Math.max(height, 10 + title.size() * titleSize * 1.4f + written.size() * lineSize * 1.45f + 8);
                }
                room(height);
                float x = A4.getWidth() - RIGHT - box * row.size();
                for (int b = 0; b < row.size(); b++) {
                    content.addRect(x, y - height, box, height);
                    content.stroke();
                    float baseline = y - 5;
                    for (String line : titles.get(b)) {
                        baseline -= titleSize * 1.4f;
                        show(x + 5, baseline + titleSize * 0.25f, line, titleSize);
                    }
                    for (String line : lines.get(b)) {
                        baseline -= lineSize * 1.45f;
                        show(x + 5, baseline + lineSize * 0.25f, line, lineSize);
                    }
                    x += box;
                }
                y -= height;
            }
        }

        private void gap(float points) {
            y -= points;
        }

        /** Starts a new page when the next piece does not fit. */
        private void room(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(A4);
            pdf.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(pdf, page);
            content.setLineWidth(0.6f);
            y = A4.getHeight() - TOP;
        }

        /** 密件 marking and "label 第 i 頁，共 n 頁" on every page, once the page count is known. */
        void finish(String label, boolean confidential) throws IOException {
            content.close();
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream page = new PDPageContentStream(pdf, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = page;
                    if (confidential) {
                        float size = 16;
                        float w = width("密件", size) + 12;
                        float x = A4.getWidth() - RIGHT - w;
                        float top = A4.getHeight() - 28;
                        page.setLineWidth(1.2f);
                        page.addRect(x, top - size - 8, w, size + 8);
                        page.stroke();
                        show(x + 6, top - size - 2, "密件", size);
                    }
                    String footer = label + "　第 " + (i + 1) + " 頁，共 " + total + " 頁";
                    show(LEFT + (WIDTH - width(footer, 9)) / 2, 34, footer, 9);
                }
            }
        }

        // ------------------------------------------------------------ text

        private void show(float x, float baseline, String text, float size) throws IOException {
            content.beginText();
            content.newLineAtOffset(x, baseline);
            for (Fonts.Run run : fonts.runs(text)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        }

        private CjkLineBreaker breaker(float size) {
            return new CjkLineBreaker(s -> width(s, size));
        }

        private float width(String text, float size) {
            return fonts.width(text, size);
        }

        private static String join(String labelA, String a, String labelB, String b) {
            boolean hasA = a != null && !a.isBlank();
            boolean hasB = b != null && !b.isBlank();
            return (hasA ? labelA + a : "") + (hasB ? (hasA ? labelB : labelB.strip()) + b : "");
        }
    }
}
