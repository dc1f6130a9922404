package tw.huixiao.platform.application.documents;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.forms.FormRecordView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.policy.spi.form.Section;

/**
 * Any county form as a printout, generic over the module's {@link FormDefinition}: each section
 * a heading and a bordered label–value table in zh-TW; choices list every option as ☑ / ☐ (the
 * chosen "其他：＿＿" with its text written in), yes/no as ☑ 是 ☐ 否, dates in ROC form,
 * repeating tables as tables with a header row; then the sign-off chain as boxes — a signed
 * stage with the signer's name, role and time (民國 … 14:05), an unsigned one empty to sign by
 * hand. Either a stored record ({@link #record}) or a form prefilled from the case to be filled
 * in by hand ({@link #blank}), which leaves room to write. Children's records are always 密件.
 */
public final class FormPrintout {

    static final String CHECKED = "☑";
    static final String UNCHECKED = "☐";
    private static final String BLANK = "＿＿";
    private static final int BLANK_ROWS = 3;
    private static final Map<String, String> STATUS = Map.of("DRAFT", "草稿", "SIGNING", "簽核中", "SIGNED", "已簽核",
            "SUPERSEDED", "已更正（舊版，僅供檢視）");

    private FormPrintout() {
    }

    /** A stored record with its sign-off chain. */
    public static Printout record(School school, FormDefinition form, FormRecordView record) {
        long signed = record.stages().stream().filter(FormRecordView.Stage::signed).count();
        String subtitle = "依據 " + form.ruleId() + "　紀錄 #" + record.id() + " 第 " + record.revision() + " 版　"
                + STATUS.getOrDefault(record.status(), record.status()) + "（簽核 " + signed + "/" + record.stages().size()
                + "）　最後更新 " + RocDate.of(record.updatedAt());
        List<Printout.Part> parts = new ArrayList<>();
        if (record.correctionReason() != null) {
            parts.add(new Printout.Text("更正理由（更正 #" + record.correctsId() + "）", record.correctionReason()));
        }
        if (record.supersededBy() != null) {
            parts.add(new Printout.Text("已更正", "本版已由 #" + record.supersededBy() + " 取代"));
        }
        parts.addAll(sections(form, record.data(), false));
        parts.add(new Printout.Heading("簽核"));
        parts.add(new Printout.Signatures(record.stages().stream().map(FormPrintout::box).toList()));
        return new Printout(school.getName(), school.getAddress(), school.getPhone(), form.title().zhTw(), subtitle,
                "表單紀錄 #" + record.id() + " 第 " + record.revision() + " 版", true, parts);
    }

    /** The form prefilled from the case, every other field and every stage left to fill in and sign by hand. */
    public static Printout blank(School school, FormDefinition form, JsonObject prefilled, long caseId, LocalDate today) {
        List<Printout.Part> parts = new ArrayList<>(sections(form, prefilled, true));
        parts.add(new Printout.Heading("簽核"));
        parts.add(new Printout.Signatures(form.signOff().stream()
                .map(s -> new Printout.Box(stageTitle(s.title().zhTw(), s.stamp()), List.of())).toList()));
        return new Printout(school.getName(), school.getAddress(), school.getPhone(), form.title().zhTw(),
                "依據 " + form.ruleId() + "　個案 #" + caseId + "　由個案資料預填，其餘請以手寫填列　列印日期 " + RocDate.of(today),
                "個案 #" + caseId + " 空白表單（預填）", true, parts);
    }

    private static List<Printout.Part> sections(FormDefinition form, JsonObject data, boolean blank) {
        List<Printout.Part> parts = new ArrayList<>();
        for (Section section : form.sections()) {
            parts.add(new Printout.Heading(section.title().zhTw()));
            List<List<String>> rows = new ArrayList<>();
            for (Field field : section.fields()) {
                JsonValue value = data == null ? null : data.get(field.key());
                if (field.type() == FieldType.TABLE) {
                    if (!rows.isEmpty()) {
                        parts.add(Printout.Table.fields(rows));
                        rows = new ArrayList<>();
                    }
                    if (section.fields().size() > 1 || !field.label().zhTw().equals(section.title().zhTw())) {
                        parts.add(new Printout.Text(label(field), ""));
                    }
                    parts.add(table(field, value, blank));
                } else {
                    rows.add(List.of(label(field), value(field, value, blank)));
                }
            }
            if (!rows.isEmpty()) {
                parts.add(Printout.Table.fields(rows));
            }
        }
        return parts;
    }

    private static String label(Field field) {
        return field.label().zhTw() + (field.required() ? "＊" : "");
    }

    private static Printout.Table table(Field field, JsonValue value, boolean blank) {
        List<List<String>> rows = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue row : array) {
                JsonObject cells = row instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
                rows.add(field.columns().stream().map(c -> cell(c, cells.get(c.key()))).toList());
            }
        }
        int empty = blank || rows.isEmpty() ? BLANK_ROWS : 0;
        for (int i = 0; i < empty; i++) {
            rows.add(field.columns().stream().map(c -> blank ? "\n" : "").toList());
        }
        return new Printout.Table(field.columns().stream().map(FormPrintout::label).toList(),
                field.columns().stream().map(c -> switch (c.type()) {
                    case LONG_TEXT -> 3f;
                    case DATE -> 1.5f;
                    default -> 1f;
                }).toList(), rows);
    }

    /** A table cell: choices show only what was chosen (a table has no room for every option). */
    private static String cell(Field column, JsonValue value) {
        if (column.type() == FieldType.SINGLE_CHOICE || column.type() == FieldType.MULTI_CHOICE) {
            return chosen(value).stream().map(c -> CHECKED + " " + optionText(column, c))
                    .collect(Collectors.joining("\n"));
        }
        return value(column, value, false);
    }

    /** A field's value as printed; for a blank form, room to write where nothing was prefilled. */
    static String value(Field field, JsonValue value, boolean blank) {
        boolean empty = value == null || value == JsonValue.NULL;
        return switch (field.type()) {
            case SINGLE_CHOICE, MULTI_CHOICE -> options(field, value);
            case YES_NO -> box(value == JsonValue.TRUE) + " 是　" + box(value == JsonValue.FALSE) + " 否";
            case LONG_TEXT -> empty ? (blank ? "\n\n\n" : "") : text(value);
            case DATE -> empty ? (blank ? "民國　　年　　月　　日" : "") : date(text(value));
            case NUMBER -> empty ? "" : value instanceof JsonNumber n ? n.toString() : text(value);
            case PERSON -> empty ? "" : named(value, "name");
            case SIGNATURE -> empty ? (blank ? "\n" : "") : named(value, "name") + signedOn(value);
            case TEXT, TABLE -> empty ? "" : text(value);
        };
    }

    /** Every option, one a line, ☑ for the chosen, the "其他：＿＿" option with its text written in. */
    private static String options(Field field, JsonValue value) {
        List<Chosen> chosen = chosen(value);
        return field.options().stream().map(o -> {
            Optional<Chosen> pick = chosen.stream().filter(c -> c.code().equals(o.code())).findFirst();
            return box(pick.isPresent()) + " " + pick.map(c -> optionText(field, c)).orElse(o.label().zhTw());
        }).collect(Collectors.joining("\n"));
    }

    private record Chosen(String code, String text) {
    }

    private static List<Chosen> chosen(JsonValue value) {
        List<Chosen> found = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> found.addAll(chosen(v)));
        } else if (value instanceof JsonString s) {
            found.add(new Chosen(s.getString(), null));
        } else if (value instanceof JsonObject o && o.get("code") instanceof JsonString code) {
            found.add(new Chosen(code.getString(), o.get("text") instanceof JsonString t ? t.getString() : null));
        }
        return found;
    }

    private static String optionText(Field field, Chosen chosen) {
        Optional<Option> option = field.options().stream().filter(o -> o.code().equals(chosen.code())).findFirst();
        String label = option.map(o -> o.label().zhTw()).orElse(chosen.code());
        if (chosen.text() == null || option.map(o -> !o.asksForText()).orElse(true)) {
            return label;
        }
        return label.contains(BLANK) ? label.replace(BLANK, chosen.text()) : label + "：" + chosen.text();
    }

    private static String box(boolean checked) {
        return checked ? CHECKED : UNCHECKED;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String named(JsonValue value, String key) {
        return value instanceof JsonObject o && o.get(key) instanceof JsonString s ? s.getString() : text(value);
    }

    private static String signedOn(JsonValue value) {
        return value instanceof JsonObject o && o.get("signedOn") instanceof JsonString s ? "（" + date(s.getString()) + "）"
                : "";
    }

    private static String date(String iso) {
        try {
            return RocDate.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A stage's box: its title; once signed the signer, the role signed as and when. */
    private static Printout.Box box(FormRecordView.Stage stage) {
        String title = stageTitle(stage.titleZhTw(), stage.stamp());
        if (!stage.signed()) {
            return new Printout.Box(title, List.of());
        }
        return new Printout.Box(title, List.of(stage.signedByName(), roleLabel(stage.signedAs()),
                RocDate.of(stage.signedAt())));
    }

    private static String stageTitle(String title, boolean stamp) {
        return title + (stamp ? "（核章）" : "");
    }

    private static String roleLabel(String role) {
        try {
            return Role.valueOf(role).label().zhTw();
        } catch (IllegalArgumentException | NullPointerException e) {
            return role == null ? "" : role;
        }
    }
}
