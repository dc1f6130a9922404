package tw.huixiao.platform.application.documents;

import java.util.List;
import tw.huixiao.policy.spi.document.Block;
import tw.huixiao.policy.spi.document.DocumentLayout;

/**
 * A document with every template filled in and every conditional recipient decided: what the
 * renderer lays out on A4, nothing more to look up.
 */
public record ComposedDocument(DocumentLayout layout, String title, String schoolName, String schoolAddress,
                               String schoolPhone, String referenceNumber, String date, boolean confidential,
                               String addressee, String urgency, List<String> attachments, List<Block> body,
                               List<String> originals, List<String> copies) {

    public ComposedDocument {
        attachments = List.copyOf(attachments);
        body = List.copyOf(body);
        originals = List.copyOf(originals);
        copies = List.copyOf(copies);
    }
}
