package tw.huixiao.platform.interfaces.rest;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.detection.CaseKind;

/**
 * The case list's filter as query parameters, shared by {@code GET /cases} and
 * {@code GET /cases/export} so both take one vocabulary ({@link
 * tw.huixiao.platform.application.casework.CaseListQuery} parses them; the fields declare them
 * for the parameter check and the OpenAPI document).
 */
public class CaseListParameters {

    @QueryParam("kind")
    @Parameter(description = "Kind of case", schema = @Schema(implementation = CaseKind.class))
    String kind;

    @QueryParam("categoryId")
    @Parameter(description = "A category of the county's module, e.g. TW-DROPOUT", example = "TW-DROPOUT")
    String categoryId;

    @QueryParam("state")
    @Parameter(description = "Case state; repeat for several (state=OPEN&state=REPORTED)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = CaseState.class))
    List<String> state;

    @QueryParam("tier")
    @Parameter(description = "Counselling tier (三級輔導)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "3"))
    Integer tier;

    @QueryParam("ladderDay")
    @Parameter(description = "Day of the running absence streak (from 1)")
    Integer ladderDay;

    @QueryParam("overdue")
    @Parameter(description = "true: only cases with overdue tasks")
    Boolean overdue;

    @QueryParam("classId")
    @Parameter(description = "A homeroom class's id")
    Long classId;
}
