package dev.glyphic.web.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.AcceptInvitation;
import dev.glyphic.application.port.in.org.InviteMember;
import dev.glyphic.application.port.in.org.ListInvitations;
import dev.glyphic.application.port.in.org.RevokeInvitation;
import dev.glyphic.application.port.in.org.ShowInvitation;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.web.openapi.CursorParam;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsCreated;
import dev.glyphic.web.openapi.ReturnsNoContent;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import dev.glyphic.web.support.Created;
import dev.glyphic.web.support.Locations;
import dev.glyphic.web.support.PageJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "invitations")
public final class InvitationController {
    private final InviteMember inviteMember;
    private final ListInvitations listInvitations;
    private final ShowInvitation showInvitation;
    private final AcceptInvitation acceptInvitation;
    private final RevokeInvitation revokeInvitation;
    private final Clock clock;

    public InvitationController(InviteMember inviteMember, ListInvitations listInvitations,
                                ShowInvitation showInvitation, AcceptInvitation acceptInvitation,
                                RevokeInvitation revokeInvitation, Clock clock) {
        this.inviteMember = inviteMember;
        this.listInvitations = listInvitations;
        this.showInvitation = showInvitation;
        this.acceptInvitation = acceptInvitation;
        this.revokeInvitation = revokeInvitation;
        this.clock = clock;
    }

    @Post("/orgs/{orgId}/invitations")
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @Operation(operationId = "inviteMember", summary = "Invite an email address with a role; the invitation is "
            + "mailed, and the answer carries its acceptance token, once, for the inviter to pass on if the mail does "
            + "not arrive")
    public HttpResponse<InvitationJson.Response> invite(@PathVariable @IdParam OrgId orgId,
                                                        @Body InvitationJson.CreateRequest body,
                                                        @Authenticated Caller caller) {
        Validation v = new Validation();
        Email email = v.required("email", body.email(), Email::of);
        Role role = v.required("role", body.role(), Role::parse);
        v.check();
        InviteMember.Issued issued = inviteMember.invite(caller, orgId, new InviteMember.Command(email, role));
        return Created.at(Locations.invitation(orgId, issued.invitation().id()),
                InvitationJson.Response.of(issued.invitation(), clock.instant(), issued.token()));
    }

    @Get("/orgs/{orgId}/invitations")
    @Returns
    @Operation(operationId = "listInvitations",
            summary = "The organization's invitations, pending, accepted and expired (admins)")
    public PageJson<InvitationJson.Response> list(@PathVariable @IdParam OrgId orgId,
                                                  @QueryValue @Nullable @LimitParam Integer limit,
                                                  @QueryValue @Nullable @CursorParam String cursor,
                                                  @Authenticated Caller caller) {
        var page = listInvitations.list(caller, orgId, PageRequest.parse(limit, cursor));
        var now = clock.instant();
        return PageJson.of(page, i -> InvitationJson.Response.of(i, now, null));
    }

    @Get("/orgs/{orgId}/invitations/{invitationId}")
    @Returns
    @Operation(operationId = "showInvitation", summary = "One invitation, without its token (admins)")
    public InvitationJson.Response show(@PathVariable @IdParam OrgId orgId,
                                        @PathVariable @IdParam InvitationId invitationId,
                                        @Authenticated Caller caller) {
        return InvitationJson.Response.of(showInvitation.show(caller, orgId, invitationId), clock.instant(), null);
    }

    @Post("/invitations/accept")
    @Returns
    @Operation(operationId = "acceptInvitation", summary = "Join the organization, signed in with the invited and "
            + "verified email address",
            description = "The token travels in the body, never in the URL, so that no access log or proxy keeps it. "
                    + "403 email-unverified: the address must be verified first; 409 invitation-used, "
                    + "invitation-expired, invitation-revoked, already-member or inviter-not-allowed.")
    public InvitationJson.MembershipResponse accept(@Body InvitationJson.AcceptRequest body,
                                                    @Authenticated Caller caller) {
        Validation v = new Validation();
        String token = v.required("token", body.token(), t -> t);
        v.check();
        return InvitationJson.MembershipResponse.of(acceptInvitation.accept(caller, token));
    }

    @Delete("/orgs/{orgId}/invitations/{invitationId}")
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @Operation(operationId = "revokeInvitation", summary = "Withdraw an invitation that was not accepted (admins; "
            + "an invitation to ownership by owners)", description = "Its token stops working at once. Withdrawing "
            + "one already withdrawn succeeds again; an accepted one is 409 invitation-used (remove the member).")
    public void revoke(@PathVariable @IdParam OrgId orgId, @PathVariable @IdParam InvitationId invitationId,
                       @Authenticated Caller caller) {
        revokeInvitation.revoke(caller, orgId, invitationId);
    }
}
