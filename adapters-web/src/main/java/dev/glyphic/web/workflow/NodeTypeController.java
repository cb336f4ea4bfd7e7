package dev.glyphic.web.workflow;

import dev.glyphic.application.port.in.workflow.ListNodeTypes;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.problem.ProblemResponses;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The node catalogue is the same for everyone and never changes while the server runs: it is built once. */
@Controller("/api/v1/node-types")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "workflows")
public final class NodeTypeController {
    private final NodeTypeJson.Page page;

    public NodeTypeController(ListNodeTypes nodeTypes) {
        this.page = new NodeTypeJson.Page(nodeTypes.all().stream().map(NodeTypeJson.Response::of).toList());
    }

    @Get
    @Returns
    @Operation(operationId = "listNodeTypes",
            summary = "Every node type: its handles, and a JSON Schema (2020-12) of its fields; "
            + "x-glyphic-expressions marks fields that take {{ … }} expressions")
    public NodeTypeJson.Page list() {
        return page;
    }
}
