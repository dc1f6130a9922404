package tw.huixiao.ui.duties;

import java.util.Optional;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.form.FormDefinition;

/**
 * How a duty is completed in the UI, decided by what its step produces in the module of the duty (its
 * case's, or before the case opens the one its absence streak runs under):
 * a record of one of the module's forms (the form editor, prefilled from the case), one of the
 * module's rendered documents (issue it, then record its sending), or a note of what was done —
 * also for documents the module names but does not render ("recorded by staff", SPI).
 */
public sealed interface DutyPath {

    record Form(FormDefinition form) implements DutyPath {
    }

    record Document(DocumentDefinition document) implements DutyPath {
    }

    record Note() implements DutyPath {
    }

    /** The path for a duty whose step produces {@code produces} (null: nothing) under the case's module. */
    static DutyPath of(String produces, CountyPolicy policy) {
        if (produces == null) {
            return new Note();
        }
        Optional<FormDefinition> form = policy.forms().stream().filter(f -> f.id().equals(produces))
                .max((a, b) -> Integer.compare(a.version(), b.version()));
        if (form.isPresent()) {
            return new Form(form.get());
        }
        return policy.documents().stream().filter(d -> d.kind().equals(produces)).findFirst()
                .<DutyPath>map(Document::new).orElseGet(Note::new);
    }
}
