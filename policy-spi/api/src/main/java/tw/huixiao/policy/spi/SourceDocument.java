package tw.huixiao.policy.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An official document a module encodes: its title, the date it was issued or last amended,
 * and its reference number (文號) when the document states one.
 */
public record SourceDocument(LocalizedText title, LocalDate issuedOn, String referenceNumber) {

    public SourceDocument {
        Objects.requireNonNull(title, "document title");
    }

    public Optional<LocalDate> issuedOnIfKnown() {
        return Optional.ofNullable(issuedOn);
    }

    public Optional<String> referenceNumberIfKnown() {
        return Optional.ofNullable(referenceNumber).filter(s -> !s.isBlank());
    }
}
