package tw.huixiao.platform.application.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.platform.application.forms.FormValidator;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.policy.newtaipei.NewTaipeiForms;
import tw.huixiao.policy.newtaipei.NewTaipeiPolicy;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.policy.tainan.TainanPolicy;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;
import tw.huixiao.policy.yunlin.YunlinPolicy;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.SchoolLevel;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.platform.infrastructure.documents.PdfBoxRenderer;
import tw.huixiao.platform.infrastructure.documents.PdfBoxDocumentRendering;

/**
 * New Taipei's 個案關懷卡 printed from a record and its sign-off chain with the real fonts (Debian's
 * fonts-arphic-uming and DejaVu Sans, installed by deploy/bin/test): every option as ☑ / ☐, the
 * tracking log as a table, dates in ROC form, signers with role and time, the unsigned stage an
 * empty box; a very long retrieval strategy continues over pages, each marked 密件 and numbered.
 */
class FormPrintoutTest {

    private static final FormDefinition CARD = NewTaipeiForms.CARE_CARD;
    private static final School SCHOOL = new School("014501", "新北市立回校示範國民中學", CountyCode.NEW_TAIPEI,
            SchoolLevel.JUNIOR_HIGH, "板橋區", false, "新北市板橋區示範路 1 號", "02-0000-0101");

    private static PdfRenderer renderer() {
        assertTrue(Files.isReadable(Path.of(PdfBoxDocumentRendering.DEFAULT_FONT)), "install fonts-arphic-uming");
        return new PdfBoxRenderer(Path.of(PdfBoxDocumentRendering.DEFAULT_FONT), "UMingTW",
                Path.of(PdfBoxDocumentRendering.DEFAULT_FALLBACK_FONT));
    }

    private static JsonObject data(String strategy) {
        return Json.createReader(new StringReader("""
                {"studentName":"王○明","className":"8 年級 801 班","guardian":"王○華","guardianPhone":"0900-000-111",
                 "category":"CAT1","whereabouts":"GENERAL","firstAbsentOn":"2026-03-02","meetingDate":"2026-03-05",
                 "dropoutConfirmed":true,"retrievalStrategy":"%s","keyCase":false,"homeroomTeacher":"陳○家",
                 "trackingLog":[{"logDate":"2026-03-03","logMethod":"HOME_VISIT","logBy":"陳○家","logResult":"家長表示學生在外留宿"},
                                {"logDate":"2026-03-04","logMethod":{"code":"OTHER","text":"社群軟體訊息"},"logBy":"林○芬","logResult":"學生已讀未回"}]}"""
                .formatted(strategy))).readObject();
    }

    private static FormRecordView record(JsonObject data) {
        Instant signed = Instant.parse("2026-03-05T06:15:00Z");
        List<FormRecordView.Stage> stages = List.of(
                new FormRecordView.Stage(0, "counsellor", "承辦人（輔導組長）", "Case officer", List.of("COUNSELING"), false,
                        List.of(), true, 7L, "林○芬", "COUNSELING", signed),
                new FormRecordView.Stage(1, "director", "輔導主任", "Counselling director", List.of("COUNSELING"), true,
                        List.of(), true, 8L, "李○文", "COUNSELING", signed.plusSeconds(3600)),
                new FormRecordView.Stage(2, "principal", "校長", "Principal", List.of("PRINCIPAL"), true, List.of(), false,
                        null, null, null, null));
        return new FormRecordView(12, 5L, null, null, CARD.id(), 1, "個案關懷卡", "Case care card", "NT-D4-MEETING", "new-taipei", "1.0.0",
                1, List.of(12L), null, null, null, "SIGNING", data, stages, signed, 7, signed.plusSeconds(3600), 8, 3);
    }

    private static String text(PDDocument pdf) throws Exception {
        return new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]+", "");
    }

    @Test
    void aCareCardRecordPrintsItsChoicesTablesAndSignOffChain() throws Exception {
        PdfRenderer.Rendered rendered = renderer().render(FormPrintout.record(SCHOOL, CARD, record(data("請導師每日電話聯繫"))));
        Path out = Path.of("target/documents");
        Files.createDirectories(out);
        Files.write(out.resolve("care-card-record.pdf"), rendered.pdf());
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            String text = text(pdf);
            for (String expected : List.of("新北市立回校示範國民中學", "個案關懷卡", "紀錄#12第1版", "學生姓名＊王○明",
                    "☑第一類：未經請假未到校上課達3日以上", "☐第二類", "☑一般狀況", "☐行蹤不明",
                    "未到校起始日＊民國115年3月2日", "確認學生中輟事宜＊☑是☐否", "列入重點個案＊☐是☑否",
                    "日期＊方式＊執行人員＊內容及結果＊", "民國115年3月3日☑家訪陳○家家長表示學生在外留宿", "☑其他：社群軟體訊息",
                    "承辦人（輔導組長）林○芬輔導室民國115年3月5日14:15", "輔導主任（核章）李○文輔導室民國115年3月5日15:15",
                    "校長（核章）", "密件", "表單紀錄#12第1版第1頁，共")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertFalse(text.contains("？"), "every character printable: " + text);
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
        }
    }

    @Test
    void aLongTextContinuesOverPagesInsideItsTable() throws Exception {
        String strategy = "尋回策略第一步：家訪。".repeat(400);
        PdfRenderer.Rendered rendered = renderer().render(FormPrintout.record(SCHOOL, CARD, record(data(strategy))));
        assertTrue(rendered.pages() >= 3, "pages: " + rendered.pages());
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            String text = text(pdf);
            // Counted by a character (a page break may put the footer inside a phrase), against the form's own 尋.
            long baseline;
            try (PDDocument shortOne = Loader.loadPDF(renderer().render(FormPrintout.record(SCHOOL, CARD,
                    record(data("家訪")))).pdf())) {
                baseline = text(shortOne).chars().filter(c -> c == '尋').count();
            }
            assertEquals(baseline + 400, text.chars().filter(c -> c == '尋').count(), "all of it printed, nothing cut off");
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(rendered.pages());
            last.setEndPage(rendered.pages());
            assertTrue(last.getText(pdf).contains("密件"));
        }
    }

    /**
     * Generic over every form of every bundled county module: a record filling every field with a
     * value the platform's validator accepts prints every section, label and option, its chosen
     * options ticked, every stage's box — no per-county code.
     */
    @Test
    void everyFormOfEveryModulePrintsEveryLabelAndOption() throws Exception {
        PdfRenderer renderer = renderer();
        List<CountyPolicy> modules = List.of(new TaoyuanPolicy(), new NewTaipeiPolicy(), new YunlinPolicy(), new TainanPolicy());
        int forms = 0;
        for (CountyPolicy module : modules) {
            for (FormDefinition form : module.forms()) {
                JsonObject data = sample(form.fields().toList());
                FormValidator.Result valid = FormValidator.validate(form, data);
                assertEquals(List.of(), valid.errors(), form.id());
                FormRecordView view = record(valid.data());
                FormRecordView filled = new FormRecordView(view.id(), view.caseId(), view.screeningAssessmentId(), view.rosterId(), form.id(), form.version(),
                        form.title().zhTw(), form.title().en(), form.ruleId().value(), "m", "1.0.0", 1, List.of(1L), null,
                        null, null, "DRAFT", valid.data(), form.signOff().stream().map(st -> new FormRecordView.Stage(0,
                        st.key(), st.title().zhTw(), st.title().en(), List.of(), st.stamp(), List.of(), false, null, null,
                        null, null)).toList(), view.createdAt(), 1, view.updatedAt(), 1, 0);
                try (PDDocument pdf = Loader.loadPDF(renderer.render(FormPrintout.record(SCHOOL, form, filled)).pdf())) {
                    String text = text(pdf);
                    List<String> expected = new ArrayList<>();
                    expected.add(nospace(form.title().zhTw()));
                    form.sections().forEach(sec -> expected.add(nospace(sec.title().zhTw())));
                    form.fields().forEach(f -> {
                        expected.add(nospace(f.label().zhTw()));
                        f.options().forEach(o -> expected.add(nospace(o.label().zhTw()).replace("＿＿", "")));
                        f.columns().forEach(c -> expected.add(nospace(c.label().zhTw())));
                    });
                    form.signOff().forEach(st -> expected.add(nospace(st.title().zhTw())));
                    for (String e : expected) {
                        assertTrue(text.contains(e), form.id() + ": " + e + " in " + text);
                    }
                    assertTrue(form.fields().noneMatch(f -> f.type() == FieldType.SINGLE_CHOICE) || text.contains("☑"),
                            form.id());
                    assertFalse(text.contains("？"), form.id() + " prints every character: " + text);
                }
                forms++;
            }
        }
        assertTrue(forms >= 10, "forms printed: " + forms);
    }

    /** A value of each field that the validator accepts: the first option (with its text), a row of a table. */
    private static JsonObject sample(List<Field> fields) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        for (Field f : fields) {
            switch (f.type()) {
                case TEXT -> data.add(f.key(), "測試");
                case LONG_TEXT -> data.add(f.key(), "測試內容");
                case DATE -> data.add(f.key(), "2026-03-04");
                case NUMBER -> data.add(f.key(), 15);
                case YES_NO -> data.add(f.key(), true);
                case PERSON -> data.add(f.key(), "王○明");
                case SIGNATURE -> data.add(f.key(), Json.createObjectBuilder().add("name", "王○華").add("signedOn", "2026-03-04"));
                case SINGLE_CHOICE -> data.add(f.key(), choice(f.options().get(0)));
                case MULTI_CHOICE -> data.add(f.key(), Json.createArrayBuilder().add(choice(f.options().get(0))));
                case TABLE -> data.add(f.key(), Json.createArrayBuilder().add(sample(f.columns())));
            }
        }
        return data.build();
    }

    private static JsonValue choice(Option option) {
        return option.asksForText() ? Json.createObjectBuilder().add("code", option.code()).add("text", "測試").build()
                : Json.createValue(option.code());
    }

    private static String nospace(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }

    @Test
    void aBlankFormLeavesRoomToWriteAndEveryStageToSign() throws Exception {
        JsonObject prefilled = Json.createObjectBuilder().add("studentName", "王○明").add("originalClass", "8 年級 801 班")
                .add("applicationDate", "2026-03-09").build();
        PdfRenderer.Rendered rendered = renderer().render(FormPrintout.blank(SCHOOL, NewTaipeiForms.APPLICATION, prefilled, 5,
                LocalDate.of(2026, 3, 9)));
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            String text = text(pdf);
            for (String expected : List.of("復學申請書", "個案#5", "學生姓名＊王○明", "原就讀年級班級＊8年級801班",
                    "申請日期＊民國115年3月9日", "受理日期＊民國年月日", "補救教學☐是☐否", "☐心理輔導", "註冊組長（受理）",
                    "校長（核章）")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }
}
