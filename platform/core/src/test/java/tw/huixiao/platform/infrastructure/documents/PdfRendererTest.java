package tw.huixiao.platform.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.documents.ComposedDocument;
import tw.huixiao.platform.application.documents.DocumentComposer;
import tw.huixiao.platform.application.documents.DocumentsUnavailableException;
import tw.huixiao.platform.interfaces.rest.DocumentsUnavailableMapper;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.timeline.CaseFacts;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;
import tw.huixiao.platform.application.documents.PdfRenderer;
import tw.huixiao.platform.application.documents.DocumentRendering;

/**
 * The Taoyuan templates composed and rendered with the real font (Debian's fonts-arphic-uming,
 * installed by deploy/bin/test): the PDF is A4, embeds the font as a subset, and its text
 * carries the filled-in facts; 正本 to the 原民局 only for an indigenous student (TY-D4-REPORT).
 */
class PdfRendererTest {

    private static final Path FONT = Path.of(PdfBoxDocumentRendering.DEFAULT_FONT);
    private static final CountyPolicy TAOYUAN = new TaoyuanPolicy();

    private static PdfRenderer renderer() {
        assertTrue(Files.isReadable(FONT), "install the Debian package fonts-arphic-uming (deploy/bin/test does)");
        return new PdfBoxRenderer(FONT, "UMingTW");
    }

    private static DocumentDefinition template(String kind) {
        return TAOYUAN.documents().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static Map<DocumentData, String> values(String explanationPadding) {
        Map<DocumentData, String> values = new EnumMap<>(DocumentData.class);
        values.put(DocumentData.SCHOOL_NAME, "桃園市立回校示範國民中學");
        values.put(DocumentData.SCHOOL_ADDRESS, "桃園市中壢區示範路 1 號");
        values.put(DocumentData.SCHOOL_PHONE, "03-0000-0101");
        values.put(DocumentData.SCHOOL_DISTRICT, "中壢區");
        values.put(DocumentData.ISSUE_DATE, "中華民國 115 年 3 月 5 日");
        values.put(DocumentData.ISSUE_REFERENCE, "回校字第1150000012號");
        values.put(DocumentData.STUDENT_NAME, "王○明" + explanationPadding);
        values.put(DocumentData.STUDENT_CLASS, "8 年級 801 班");
        values.put(DocumentData.STUDENT_INDIGENOUS, "是（阿美族）");
        values.put(DocumentData.GUARDIAN_NAME, "王○華");
        values.put(DocumentData.GUARDIAN_RELATION, "父");
        values.put(DocumentData.GUARDIAN_ADDRESS, "桃園市中壢區示範路 8 號");
        values.put(DocumentData.ABSENCE_SINCE, "民國 115 年 3 月 2 日");
        values.put(DocumentData.ABSENCE_DAYS, "3");
        return values;
    }

    private static CaseFacts facts(boolean indigenous) {
        return new CaseFacts() {
            public String categoryId() {
                return "TW-DROPOUT";
            }

            public boolean indigenous() {
                return indigenous;
            }

            public boolean emergency() {
                return false;
            }

            public Optional<Boolean> causeKnown() {
                return Optional.empty();
            }

            public boolean returned() {
                return false;
            }
        };
    }

    private static String text(PDDocument pdf) throws Exception {
        return new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]+", "");
    }

    @Test
    void theParentNoticeIsAnA4LetterWithTheEmbeddedChineseFontAndTheFactsFilledIn() throws Exception {
        ComposedDocument notice = DocumentComposer.compose(template("PARENT_NOTICE_REGISTERED_MAIL"), values(""),
                facts(false));
        PdfRenderer.Rendered rendered = renderer().render(notice);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            assertEquals(1, pdf.getNumberOfPages());
            PDPage page = pdf.getPage(0);
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("UMingTW"), font.getName());
            }
            String text = text(pdf);
            for (String expected : List.of("桃園市立回校示範國民中學函", "受文者：王○華君（學生王○明之父）", "密件",
                    "發文日期：中華民國115年3月5日", "發文字號：回校字第1150000012號", "速別：最速件",
                    "貴子弟王○明（8年級801班）自民國115年3月2日起未經請假連續3日未到校", "正本：王○華君（桃園市中壢區示範路8號）",
                    "第1頁，共1頁")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }

    @Test
    void theCommitteeLetterNamesTheIndigenousBureauAsRecipientOnlyForAnIndigenousStudent() throws Exception {
        DocumentDefinition letter = template("COMMITTEE_ORIGINAL_LETTER");
        try (PDDocument pdf = Loader.loadPDF(renderer().render(DocumentComposer.compose(letter, values(""), facts(true))).pdf())) {
            assertTrue(text(pdf).contains("正本：桃園市中壢區強迫入學委員會、桃園市政府原住民族行政局副本：桃園市政府教育局"), text(pdf));
        }
        try (PDDocument pdf = Loader.loadPDF(renderer().render(DocumentComposer.compose(letter, values(""), facts(false))).pdf())) {
            assertTrue(text(pdf).contains("正本：桃園市中壢區強迫入學委員會副本：桃園市政府教育局"), text(pdf));
            assertFalse(text(pdf).contains("原住民族行政局"));
        }
    }

    @Test
    void longContentFlowsOntoMorePagesEachNumberedAndMarkedConfidential() throws Exception {
        String padding = "（" + "長".repeat(1500) + "）";
        PdfRenderer.Rendered rendered = renderer().render(DocumentComposer.compose(template("DROPOUT_REPORT_FAX"),
                values(padding), facts(false)));
        assertTrue(rendered.pages() > 1, "pages: " + rendered.pages());
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            String text = text(pdf);
            assertTrue(text.contains("第1頁，共" + rendered.pages() + "頁") && text.contains("第" + rendered.pages() + "頁，共"),
                    text);
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(rendered.pages());
            last.setEndPage(rendered.pages());
            assertTrue(last.getText(pdf).contains("密件"), "every page carries 密件");
        }
    }

    @Test
    void aMissingFontAnswers503WithWhatToInstall() {
        PdfRenderer missing = new PdfBoxRenderer(Path.of("/nonexistent/uming.ttc"), "UMingTW");
        DocumentsUnavailableException e = assertThrows(DocumentsUnavailableException.class, missing::requireFont);
        assertTrue(e.getMessage().contains("fonts-arphic-uming"), e.getMessage());
        var problem = DocumentsUnavailableMapper.problem(e);
        assertEquals(503, problem.status());
        assertEquals(e.getMessage(), problem.detail(), "the readable message is the problem's detail");
        assertThrows(DocumentsUnavailableException.class, () -> new PdfBoxRenderer(FONT, "NoSuchFont").requireFont(),
                "a font name the collection lacks");
    }
}
