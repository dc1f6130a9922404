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
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import tw.huixiao.platform.application.documents.CjkLineBreaker;
import tw.huixiao.platform.application.documents.ComposedDocument;
import tw.huixiao.platform.application.documents.DocumentsUnavailableException;
import tw.huixiao.policy.spi.document.Block;
import tw.huixiao.policy.spi.document.DocumentLayout;

/**
 * Lays a composed letter (函) or form out on A4 with Apache PDFBox and a Traditional Chinese
 * TrueType font from a collection (Debian's fonts-arphic-uming: "AR PL UMing TW" in
 * uming.ttc), embedded as a subset so the PDF prints the same everywhere. Text is wrapped by
 * {@link CjkLineBreaker}; pages break where the content needs; every page carries the 密件
 * marking (when confidential), the reference number and "第 i 頁，共 n 頁".
 */
public final class PdfRenderer {

    /** A rendered PDF and its page count. */
    public record Rendered(byte[] pdf, int pages) {
    }

    private static final float LEFT = 64;
    private static final float RIGHT = 56;
    private static final float TOP = 60;
    private static final float BOTTOM = 64;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float WIDTH = A4.getWidth() - LEFT - RIGHT;
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Path fontFile;
    private final String fontName;

    /** @param fontName the PostScript name of the font in the collection, e.g. {@code UMingTW} */
    public PdfRenderer(Path fontFile, String fontName) {
        this.fontFile = fontFile;
        this.fontName = fontName;
    }

    /** Fails with a readable message if the font cannot be used; cheap enough to call before any work. */
    public void requireFont() {
        try (TrueTypeCollection collection = open()) {
            font(collection);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    public Rendered render(ComposedDocument document) {
        try (TrueTypeCollection collection = open(); PDDocument pdf = new PDDocument()) {
            TrueTypeFont ttf = font(collection);
            PDType0Font font = PDType0Font.load(pdf, ttf, true);
            Layout layout = new Layout(pdf, font, ttf.getUnicodeCmapLookup());
            if (document.layout() == DocumentLayout.LETTER) {
                layout.letter(document);
            } else {
                layout.form(document);
            }
            layout.finish(document);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title() + " " + document.referenceNumber());
            info.setAuthor(document.schoolName());
            info.setCreator("回校 Huixiao");
            info.setProducer("回校 Huixiao (Apache PDFBox)");
            info.setCreationDate(Calendar.getInstance(TimeZone.getTimeZone("Asia/Taipei")));
            pdf.getDocumentCatalog().setLanguage("zh-TW");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return new Rendered(out.toByteArray(), pdf.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + document.title() + " failed", e);
        }
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

    /** The cursor on the current page, and the pages so far. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final CmapLookup cmap;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument pdf, PDType0Font font, CmapLookup cmap) throws IOException {
            this.pdf = pdf;
            this.font = font;
            this.cmap = cmap;
            newPage();
        }

        // ------------------------------------------------------------ the two layouts

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
                    table(table, size);
                    gap(8);
                } else if (block instanceof Block.Signatures signatures) {
                    signatures(signatures);
                }
            }
        }

        // ------------------------------------------------------------ pieces

        private void centred(String text, float size) throws IOException {
            String safe = printable(text);
            for (String line : breaker(size).wrap(safe, WIDTH)) {
                room(size * 1.5f);
                show(LEFT + (WIDTH - width(line, size)) / 2, y - size, line, size);
                y -= size * 1.5f;
            }
        }

        /** A label and its text wrapped in the width left after it (a hanging indent, as 公文 set 主旨：). */
        private void wrapped(float x, float width, String label, String text, float size) throws IOException {
            String safeLabel = printable(label);
            float labelWidth = width(safeLabel, size);
            List<String> lines = breaker(size).wrap(printable(text), width - labelWidth);
            float leading = size * 1.55f;
            for (int i = 0; i < lines.size(); i++) {
                room(leading);
                if (i == 0 && !safeLabel.isEmpty()) {
                    show(x, y - size, safeLabel, size);
                }
                if (!lines.get(i).isEmpty()) {
                    show(x + labelWidth, y - size, lines.get(i), size);
                }
                y -= leading;
            }
        }

        private void table(Block.Table table, float size) throws IOException {
            float labelWidth = 118;
            float pad = 5;
            float leading = size * 1.45f;
            for (Block.Row row : table.rows()) {
                List<String> labels = breaker(size).wrap(printable(row.label()), labelWidth - 2 * pad);
                List<String> values = breaker(size).wrap(printable(row.value()), WIDTH - labelWidth - 2 * pad);
                float height = Math.max(labels.size(), Math.max(values.size(), 1)) * leading + 2 * pad;
                room(height);
                content.addRect(LEFT, y - height, labelWidth, height);
                content.addRect(LEFT + labelWidth, y - height, WIDTH - labelWidth, height);
                content.stroke();
                for (int i = 0; i < labels.size(); i++) {
                    show(LEFT + pad, y - pad - size - i * leading, labels.get(i), size);
                }
                for (int i = 0; i < values.size(); i++) {
                    if (!values.get(i).isEmpty()) {
                        show(LEFT + labelWidth + pad, y - pad - size - i * leading, values.get(i), size);
                    }
                }
                y -= height;
            }
        }

        /** Boxes to sign or stamp, right-aligned, in the order given (e.g. 承辦人 … 校長). */
        private void signatures(Block.Signatures signatures) throws IOException {
            float box = Math.min(118, WIDTH / signatures.titles().size());
            float height = 62;
            gap(10);
            room(height);
            float x = A4.getWidth() - RIGHT - box * signatures.titles().size();
            for (String title : signatures.titles()) {
                content.addRect(x, y - height, box, height);
                content.stroke();
                show(x + 5, y - 5 - 11, printable(title), 11);
                x += box;
            }
            y -= height;
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

        /** 密件 marking, reference and page numbers on every page, once the page count is known. */
        void finish(ComposedDocument d) throws IOException {
            content.close();
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream page = new PDPageContentStream(pdf, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = page;
                    if (d.confidential()) {
                        float size = 16;
                        float w = width("密件", size) + 12;
                        float x = A4.getWidth() - RIGHT - w;
                        float top = A4.getHeight() - 28;
                        page.setLineWidth(1.2f);
                        page.addRect(x, top - size - 8, w, size + 8);
                        page.stroke();
                        show(x + 6, top - size - 2, "密件", size);
                    }
                    String footer = printable(d.title() + "　" + d.referenceNumber() + "　第 " + (i + 1) + " 頁，共 "
                            + total + " 頁");
                    show(LEFT + (WIDTH - width(footer, 9)) / 2, 34, footer, 9);
                }
            }
        }

        // ------------------------------------------------------------ text

        private void show(float x, float baseline, String text, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        private CjkLineBreaker breaker(float size) {
            return new CjkLineBreaker(s -> width(s, size));
        }

        private float width(String text, float size) {
            try {
                return font.getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Characters the font lacks become a full-width question mark instead of failing the letter. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n' || cmap.getGlyphId(cp) > 0) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('？');
                }
            });
            return out.toString();
        }
    }
}
