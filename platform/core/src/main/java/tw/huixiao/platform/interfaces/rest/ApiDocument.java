package tw.huixiao.platform.interfaces.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the generated OpenAPI document so a client can be generated from it: every
 * operation lists its RFC 9457 problem+json errors (400 for any malformed input or unknown
 * parameter, 401, 403, 404 where the path names a record, 409 where it writes), with the
 * {@code Problem} schema; an array whose item type the scanner could not tell (a JSON-P array)
 * gets object items.
 */
public class ApiDocument implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null) {
            schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.OBJECT));
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Schema string = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        api.getComponents().addSchema("FieldError", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One refused input: the field, parameter or line (e.g. guardians[0].phone, "
                        + "lines[3].date, page) and why, in Chinese with English in brackets")
                .addProperty("field", string).addProperty("message", string).required(List.of("field", "message")));
        api.getComponents().addSchema("Problem", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string).addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string)
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("A reference the support desk finds in the server log (500 only)"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("ruleId", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .pattern("^[A-Z]{2,3}(-[A-Z0-9]+)+$")
                        .description("The rule of the case's county module that refused a change (409): a rule id of "
                                + "the policy reference, named by the module (the platform knows none)"))
                .addProperty("earliestDate", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date")
                        .description("When the refusal lifts (409)"))
                .required(List.of("title", "status"))
                .example(Map.of("type", "about:blank", "title", "Bad Request", "status", 400,
                        "detail", "資料有誤，請修正下列欄位 (please correct the fields listed)",
                        "errors", List.of(Map.of("field", "page", "message", "超出範圍：≥ 0, ≤ 100000")))));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            boolean namesRecord = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                Operation op = operation.getValue();
                if (op.getResponses() == null) {
                    op.setResponses(OASFactory.createAPIResponses());
                }
                add(op, "400", "Malformed input, an unknown or malformed parameter; errors name each field");
                add(op, "401", "Not logged in");
                add(op, "403", "The caller's roles do not allow this");
                if (namesRecord) {
                    add(op, "404", "No such record, or one of another school");
                }
                if (operation.getKey() != PathItem.HttpMethod.GET) {
                    add(op, "409", "Changed by someone else (stale version), or refused by a county rule (ruleId)");
                }
            }
        }
    }

    private static void add(Operation op, String code, String description) {
        if (op.getResponses().hasAPIResponse(code)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        op.getResponses().addAPIResponse(code, response);
    }
}
