package tw.huixiao.policy.spi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a module is: its id (stable across versions), version, the counties it serves,
 * its display name and the official documents it encodes.
 */
public record PolicyIdentity(String id, ModuleVersion version, Set<CountyCode> counties,
                             LocalizedText displayName, List<SourceDocument> documents) {

    private static final Pattern ID_FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    public PolicyIdentity {
        requireValidId(id);
        Objects.requireNonNull(version, "module version");
        Objects.requireNonNull(displayName, "display name");
        counties = Set.copyOf(counties);
        documents = List.copyOf(documents);
    }

    public static Builder builder(String id, String version) {
        return new Builder(requireValidId(id), ModuleVersion.parse(version));
    }

    private static String requireValidId(String id) {
        Objects.requireNonNull(id, "module id");
        if (!ID_FORMAT.matcher(id).matches()) {
            throw new IllegalArgumentException("module id must be lower-case letters, digits and '-': " + id);
        }
        return id;
    }

    /** Builds a {@link PolicyIdentity}; counties keep the order they were added in. */
    public static final class Builder {
        private final String id;
        private final ModuleVersion version;
        private final Set<CountyCode> counties = new LinkedHashSet<>();
        private final List<SourceDocument> documents = new ArrayList<>();
        private LocalizedText displayName;

        private Builder(String id, ModuleVersion version) {
            this.id = id;
            this.version = version;
        }

        public Builder serves(CountyCode county) {
            counties.add(Objects.requireNonNull(county));
            return this;
        }

        public Builder displayName(String zhTw, String en) {
            this.displayName = LocalizedText.of(zhTw, en);
            return this;
        }

        public Builder encodes(SourceDocument document) {
            documents.add(Objects.requireNonNull(document));
            return this;
        }

        public PolicyIdentity build() {
            if (counties.isEmpty()) {
                throw new IllegalStateException("module " + id + " serves no county");
            }
            if (documents.isEmpty()) {
                throw new IllegalStateException("module " + id + " encodes no document");
            }
            return new PolicyIdentity(id, version, counties, displayName, documents);
        }
    }
}
