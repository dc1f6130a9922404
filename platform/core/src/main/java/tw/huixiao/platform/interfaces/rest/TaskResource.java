package tw.huixiao.platform.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.huixiao.platform.application.escalation.TaskService;
import tw.huixiao.platform.domain.escalation.TaskView;

/** The caller's own tasks, and completing one. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskService tasks;

    @GET
    @Operation(summary = "The caller's open tasks due ?due=today (default), overdue (principals: the whole school's) or open")
    public List<TaskView> due(@QueryParam("due") String due) {
        return tasks.due(due);
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Mark a task done (note, recordRef) or not applicable (notApplicable=true with a reason); "
            + "send the version you read")
    public TaskView complete(@PathParam("id") long id, TaskService.Completion completion) {
        return tasks.complete(id, completion);
    }
}
