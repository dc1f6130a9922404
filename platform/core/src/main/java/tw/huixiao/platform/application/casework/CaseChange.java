package tw.huixiao.platform.application.casework;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a case's state, tier or assigned people (its schema keeps the name the API has published). */
@Schema(name = "Change")
public record CaseChange(long id, String kind, String subject, String from, String to, String reason, Instant changedAt,
                         long changedBy, String changedByName) {
}
