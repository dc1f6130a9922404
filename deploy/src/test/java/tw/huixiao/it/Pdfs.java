package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What the document and export tests share: fetching a PDF or file from the API (HTTP Basic, or a
 * browser session's cookie), checking it is A4 with its fonts embedded (AR PL UMing TW; DejaVu Sans for the ☑ ☐ of
 * printed forms), reading its text back with PDFBox and saving it with page images (Debian's
 * pdftoppm) under target/documents/ under stable names.
 */
final class Pdfs {

    static final Path OUT = Path.of("target/documents");
    private static final HttpClient HTTP = TestTls.client(HttpClient.Redirect.NEVER);

    private Pdfs() {
    }

    /** GET as a user (HTTP Basic), accepting a PDF or a problem. */
    static HttpResponse<byte[]> fetch(String username, String password, String path) {
        return send(basic(username, password, path), "application/pdf, application/problem+json");
    }

    /** POST as a user (HTTP Basic), accepting a PDF or a problem: issuing a numbered document. */
    static HttpResponse<byte[]> issue(String username, String password, String path) {
        try {
            return HTTP.send(basic(username, password, path).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/pdf, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET as a user (HTTP Basic), accepting whatever the file is (CSV, XLSX) as a browser does. */
    static HttpResponse<byte[]> download(String username, String password, String path) {
        return send(basic(username, password, path), "*/*");
    }

    /** GET with a browser session's cookie header (none when empty), as a link the UI shows would. */
    static HttpResponse<byte[]> fetchWithCookies(String url, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return send(cookies.isEmpty() ? request : request.header("Cookie", cookies), "*/*");
    }

    private static HttpRequest.Builder basic(String username, String password, String path) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request, String accept) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A 200 PDF reply (not cached) as a document whose pages are A4 and whose fonts are embedded;
     * saved with its page images as {@code artefact}.pdf / {@code artefact}-N.png when named.
     */
    static PDDocument load(HttpResponse<byte[]> response, String artefact) throws Exception {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        PDDocument pdf = Loader.loadPDF(response.body());
        for (PDPage page : pdf.getPages()) {
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01, "A4");
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01, "A4");
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " must be embedded");
                assertTrue(font.getName().contains("UMingTW") || font.getName().contains("DejaVuSans"), font.getName());
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("UMingTW")), "the page uses the embedded font: " + fonts);
        }
        if (artefact != null) {
            Files.createDirectories(OUT);
            Path file = OUT.resolve(artefact + ".pdf");
            Files.write(file, response.body());
            pageImages(file, artefact, List.of());
            assertTrue(Files.exists(OUT.resolve(artefact + "-1.png")), "page image of " + artefact);
        }
        return pdf;
    }

    /** Page images (pdftoppm -png -r 80) of a saved PDF: every page, or only those given (-f N -l N). */
    static void pageImages(Path pdf, String artefact, List<Integer> pages) throws Exception {
        List<String> command = new ArrayList<>(List.of("pdftoppm", "-png", "-r", "80"));
        if (pages.size() == 1) {
            command.addAll(List.of("-f", String.valueOf(pages.get(0)), "-l", String.valueOf(pages.get(0)), "-singlefile"));
        }
        command.addAll(List.of(pdf.toString(), OUT.resolve(artefact).toString()));
        Process images = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(images.waitFor(60, TimeUnit.SECONDS), "pdftoppm finished");
        assertEquals(0, images.exitValue(), "pdftoppm (Debian poppler-utils, installed by deploy/bin/test): "
                + new String(images.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** The PDF's text without line breaks and spaces (wrapping must not break the assertions). */
    static String text(PDDocument pdf) throws IOException {
        try (pdf) {
            return new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]+", "");
        }
    }

    /** The text of each page, in order, without line breaks and spaces. */
    static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (pdf) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf).replaceAll("[\\s\u3000]+", ""));
            }
        }
        return pages;
    }
}
