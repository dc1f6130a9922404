package tw.huixiao.platform.application.filings;

public record FilingAttachment(byte[] pdf, String filename) {
}
