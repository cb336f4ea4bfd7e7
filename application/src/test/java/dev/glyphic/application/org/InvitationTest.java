package dev.glyphic.application.org;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.org.InviteMember;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.DomainException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules: an invitation is accepted once, by the invited address, within its week, unless it was withdrawn; and it
 * is only as good as its inviter's standing on the day it is accepted.
 */
class InvitationTest {
    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);

    @Test
    void theInvitedPersonJoinsOnceWithTheOfferedRole() {
        User grace = given.person();
        InviteMember.Issued issued = invite(owner, grace, Role.ADMIN);

        Membership joined = app.acceptInvitation().accept(as(grace), issued.token());

        assertEquals(Role.ADMIN, joined.role());
        assertEquals(Optional.of(Role.ADMIN), roleOf(grace));
        assertEquals(Invitation.Status.ACCEPTED, statusOf(issued));
        assertConflict("invitation_used", () -> app.acceptInvitation().accept(as(grace), issued.token()));
        assertTrue(auditActions().contains("member.joined"), () -> auditActions().toString());
    }

    @Test
    void aWithdrawnInvitationIsRefusedAndLetsNoOneIn() {
        User grace = given.person();
        InviteMember.Issued issued = invite(owner, grace, Role.MEMBER);

        app.revokeInvitation().revoke(as(owner), org, issued.invitation().id());

        assertConflict("invitation_revoked", () -> app.acceptInvitation().accept(as(grace), issued.token()));
        assertEquals(Optional.empty(), roleOf(grace));
        assertEquals(Invitation.Status.REVOKED, statusOf(issued));
    }

    @Test
    void anInvitationExpiresAfterAWeek() {
        User grace = given.person();
        InviteMember.Issued issued = invite(owner, grace, Role.MEMBER);

        app.clock.advance(Invitation.VALIDITY);

        assertConflict("invitation_expired", () -> app.acceptInvitation().accept(as(grace), issued.token()));
        assertEquals(Optional.empty(), roleOf(grace));
    }

    @Test
    void aDayBeforeItExpiresItIsStillGood() {
        User grace = given.person();
        InviteMember.Issued issued = invite(owner, grace, Role.MEMBER);

        app.clock.advance(Invitation.VALIDITY.minus(Duration.ofDays(1)));

        assertEquals(Role.MEMBER, app.acceptInvitation().accept(as(grace), issued.token()).role());
    }

    @Test
    void anAcceptedInvitationIsNotWithdrawnButTheMemberRemoved() {
        User grace = given.person();
        InviteMember.Issued issued = invite(owner, grace, Role.MEMBER);
        app.acceptInvitation().accept(as(grace), issued.token());

        assertConflict("invitation_used", () -> app.revokeInvitation().revoke(as(owner), org,
                issued.invitation().id()));
        assertEquals(Optional.of(Role.MEMBER), roleOf(grace));
    }

    @Test
    void someoneSignedInWithAnotherAddressCannotAcceptAndTheInvitationStaysOpen() {
        User grace = given.person();
        User mallory = given.person();
        InviteMember.Issued issued = invite(owner, grace, Role.MEMBER);

        assertThrows(DomainException.Forbidden.class, () -> app.acceptInvitation().accept(as(mallory),
                issued.token()));

        assertEquals(Optional.empty(), roleOf(mallory));
        assertEquals(Invitation.Status.PENDING, statusOf(issued));
    }

    @Test
    void anInvitationFromAnAdminWhoHasSinceBeenLoweredNoLongerHolds() {
        User admin = given.member(org, Role.ADMIN);
        User grace = given.person();
        InviteMember.Issued issued = invite(admin, grace, Role.ADMIN);

        app.changeMemberRole().change(as(owner), org, admin.id(), Role.MEMBER);

        assertConflict("inviter_not_allowed", () -> app.acceptInvitation().accept(as(grace), issued.token()));
        assertEquals(Optional.empty(), roleOf(grace));
    }

    @Test
    void anInvitationIsReadByThoseWhoMayListThemAndOnlyInItsOrganization() {
        User admin = given.member(org, Role.ADMIN);
        User member = given.member(org, Role.MEMBER);
        InviteMember.Issued issued = invite(owner, given.person(), Role.VIEWER);
        InvitationId id = issued.invitation().id();

        assertEquals(issued.invitation(), app.showInvitation().show(as(admin), org, id));
        assertThrows(DomainException.Forbidden.class, () -> app.showInvitation().show(as(member), org, id));
        assertThrows(DomainException.NotFound.class, () -> app.showInvitation().show(as(owner), org,
                InvitationId.random()));
        User stranger = given.person();
        OrgId theirs = given.org(stranger);
        assertThrows(DomainException.NotFound.class, () -> app.showInvitation().show(as(stranger), theirs, id));
    }

    private InviteMember.Issued invite(User inviter, User invitee, Role role) {
        return app.inviteMember().invite(as(inviter), org, new InviteMember.Command(invitee.email(), role));
    }

    private static void assertConflict(String code, Runnable attempt) {
        assertEquals(code, assertThrows(DomainException.Conflict.class, attempt::run).code());
    }

    private Optional<Role> roleOf(User user) {
        return app.transactions.inTenant(org, () -> app.memberships.find(org, user.id())).map(Membership::role);
    }

    private Invitation.Status statusOf(InviteMember.Issued issued) {
        return app.transactions.inTenant(org, () -> app.invitations.find(org, issued.invitation().id()))
                .orElseThrow().status(app.clock.instant());
    }

    private List<String> auditActions() {
        return app.transactions.inTenant(org, () -> app.auditLog.list(org, PageRequest.first(50))).stream()
                .map(AuditEvent::action).toList();
    }
}
