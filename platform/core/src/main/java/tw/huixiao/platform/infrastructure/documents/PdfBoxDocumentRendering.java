package tw.huixiao.platform.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.documents.PdfRenderer;
import tw.huixiao.platform.application.documents.DocumentRendering;

/**
 * The configured PDF renderer: {@code huixiao.documents.font} (the font collection, default
 * Debian's fonts-arphic-uming) and {@code huixiao.documents.font-name} (PostScript name of the
 * Traditional Chinese face in it, default {@code UMingTW}, "AR PL UMing TW") and
 * {@code huixiao.documents.fallback-font} (a TrueType font for the symbols that face lacks, the
 * ballot boxes ☑ ☐ of printed choices; default Debian's DejaVu Sans, which fontconfig brings).
 */
@ApplicationScoped
public class PdfBoxDocumentRendering implements DocumentRendering {

    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/arphic/uming.ttc";
    public static final String DEFAULT_FALLBACK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    @Inject
    @ConfigProperty(name = "huixiao.documents.font", defaultValue = DEFAULT_FONT)
    String font;

    @Inject
    @ConfigProperty(name = "huixiao.documents.font-name", defaultValue = "UMingTW")
    String fontName;

    @Inject
    @ConfigProperty(name = "huixiao.documents.fallback-font", defaultValue = DEFAULT_FALLBACK_FONT)
    String fallbackFont;

    @Override
    public PdfRenderer renderer() {
        return new PdfBoxRenderer(Path.of(font), fontName, Path.of(fallbackFont));
    }
}
