package dev.glyphic.web.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ChangeMemberRole;
import dev.glyphic.application.port.in.org.ListMembers;
import dev.glyphic.application.port.in.org.RemoveMember;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.web.openapi.CursorParam;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsNoContent;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import dev.glyphic.web.support.PageJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/orgs/{orgId}/members")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "members")
public final class MemberController {
    private final ListMembers listMembers;
    private final ChangeMemberRole changeMemberRole;
    private final RemoveMember removeMember;

    public MemberController(ListMembers listMembers, ChangeMemberRole changeMemberRole, RemoveMember removeMember) {
        this.listMembers = listMembers;
        this.changeMemberRole = changeMemberRole;
        this.removeMember = removeMember;
    }

    @Get
    @Returns
    @Operation(operationId = "listMembers", summary = "The organization's members and their roles")
    public PageJson<MemberJson.Response> list(@PathVariable @IdParam OrgId orgId,
                                              @QueryValue @Nullable @LimitParam Integer limit,
                                              @QueryValue @Nullable @CursorParam String cursor,
                                              @Authenticated Caller caller) {
        return PageJson.of(listMembers.list(caller, orgId, PageRequest.parse(limit, cursor)),
                MemberJson.Response::of);
    }

    @Patch("/{userId}")
    @Returns
    @Operation(operationId = "changeMemberRole",
            summary = "Change a member's role (admins; owner only by owners; never the last owner)")
    public MemberJson.Response changeRole(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam UserId userId,
                                          @Body MemberJson.ChangeRoleRequest body, @Authenticated Caller caller) {
        Validation v = new Validation();
        Role role = v.required("role", body.role(), Role::parse);
        v.check();
        return MemberJson.Response.of(changeMemberRole.change(caller, orgId, userId, role));
    }

    @Delete("/{userId}")
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @Operation(operationId = "removeMember", summary = "Remove a member, or leave (never the last owner)")
    public void remove(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam UserId userId,
                       @Authenticated Caller caller) {
        removeMember.remove(caller, orgId, userId);
    }
}
