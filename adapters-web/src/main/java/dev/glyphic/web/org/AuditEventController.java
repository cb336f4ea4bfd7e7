package dev.glyphic.web.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ListAuditEvents;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.web.openapi.CursorParam;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import dev.glyphic.web.support.PageJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/orgs/{orgId}/audit-events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "audit")
public final class AuditEventController {
    private final ListAuditEvents listAuditEvents;

    public AuditEventController(ListAuditEvents listAuditEvents) {
        this.listAuditEvents = listAuditEvents;
    }

    @Get
    @Returns
    @Operation(operationId = "listAuditEvents", summary = "The organization's audit trail, newest first (admins)")
    public PageJson<AuditEventJson.Response> list(@PathVariable @IdParam OrgId orgId,
                                                  @QueryValue @Nullable @LimitParam Integer limit,
                                                  @QueryValue @Nullable @CursorParam String cursor,
                                                  @Authenticated Caller caller) {
        return PageJson.of(listAuditEvents.list(caller, orgId,
                PageRequest.parse(limit, cursor)), AuditEventJson.Response::of);
    }
}
