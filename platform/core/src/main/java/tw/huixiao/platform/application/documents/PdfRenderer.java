package tw.huixiao.platform.application.documents;


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
public interface PdfRenderer {

    /** A rendered PDF and its page count. */
    public record Rendered(byte[] pdf, int pages) {
    }

    /** Fails with a readable message if the font cannot be used; cheap enough to call before any work. */
    void requireFont();

    Rendered render(ComposedDocument document);

    Rendered render(Printout printout);
}
