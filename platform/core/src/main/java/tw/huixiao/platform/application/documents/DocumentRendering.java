package tw.huixiao.platform.application.documents;


/**
 * The configured PDF renderer: {@code huixiao.documents.font} (the font collection, default
 * Debian's fonts-arphic-uming) and {@code huixiao.documents.font-name} (PostScript name of the
 * Traditional Chinese face in it, default {@code UMingTW}, "AR PL UMing TW") and
 * {@code huixiao.documents.fallback-font} (a TrueType font for the symbols that face lacks, the
 * ballot boxes ☑ ☐ of printed choices; default Debian's DejaVu Sans, which fontconfig brings).
 */
public interface DocumentRendering {

    PdfRenderer renderer();
}
