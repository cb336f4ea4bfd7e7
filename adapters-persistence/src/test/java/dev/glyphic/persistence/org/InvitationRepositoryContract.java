package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.persistence.testing.KeysetPages;
import dev.glyphic.persistence.testing.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link InvitationRepository} must do; {@code PgInvitationRepositoryTest} runs it against PostgreSQL. */
abstract class InvitationRepositoryContract {
    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final InvitationRepository invitations = adapter();
    private final UserId owner = data.user().id();
    private final OrgId org = data.org(owner);

    /** The adapter under test, as the application wires it. */
    protected abstract InvitationRepository adapter();

    @Test
    void invitationsArePagedByIdWithinTheirOrganizationOnly() {
        List<Invitation> ours = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Invitation invitation = Invitation.issue(org, TestData.email(), Role.MEMBER, owner, TestData.now());
            insert(invitation, TestData.digest());
            ours.add(invitation);
        }
        UserId otherOwner = data.user().id();
        OrgId otherOrg = data.org(otherOwner);
        insert(Invitation.issue(otherOrg, TestData.email(), Role.MEMBER, otherOwner, TestData.now()),
                TestData.digest());

        KeysetPages.assertPages(KeysetPages.byId(ours, i -> i.id().value()), 2, i -> i.id().value(),
                page -> tx.inTenant(org, () -> invitations.list(org, page)));
    }

    @Test
    void anInvitationIsFoundByItsOrganizationAndDigest() {
        Invitation invitation = Invitation.issue(org, TestData.email(), Role.ADMIN, owner, TestData.now());
        TokenDigest digest = TestData.digest();
        insert(invitation, digest);

        assertEquals(Optional.of(invitation), find(org, digest));
        assertTrue(find(org, TestData.digest()).isEmpty());
        assertEquals(List.of(invitation), tx.inTenant(org, () -> invitations.list(org, PageRequest.first(10))));
    }

    @Test
    void anInvitationIsFoundByItsIdWithinItsOrganizationOnly() {
        Invitation invitation = Invitation.issue(org, TestData.email(), Role.VIEWER, owner, TestData.now());
        insert(invitation, TestData.digest());
        UserId otherOwner = data.user().id();
        OrgId otherOrg = data.org(otherOwner);

        assertEquals(Optional.of(invitation), tx.inTenant(org, () -> invitations.find(org, invitation.id())));
        assertTrue(tx.inTenant(org, () -> invitations.find(org, new InvitationId(UUID.randomUUID()))).isEmpty());
        assertTrue(tx.inTenant(otherOrg, () -> invitations.find(otherOrg, invitation.id())).isEmpty(),
                "another organization does not see our invitation");
    }

    @Test
    void theSameDigestInAnotherOrganizationFindsOnlyThatOrganizationsInvitation() {
        UserId otherOwner = data.user().id();
        OrgId otherOrg = data.org(otherOwner);
        TokenDigest digest = TestData.digest();
        Invitation ours = Invitation.issue(org, TestData.email(), Role.MEMBER, owner, TestData.now());
        Invitation theirs = Invitation.issue(otherOrg, TestData.email(), Role.VIEWER, otherOwner, TestData.now());
        insert(ours, digest);

        assertTrue(find(otherOrg, digest).isEmpty(), "another organization cannot redeem our token");

        insert(theirs, digest);
        assertEquals(Optional.of(ours), find(org, digest));
        assertEquals(Optional.of(theirs), find(otherOrg, digest));
    }

    @Test
    void anAcceptedInvitationRemembersWhen() {
        Invitation invitation = Invitation.issue(org, TestData.email(), Role.MEMBER, owner, TestData.now());
        TokenDigest digest = TestData.digest();
        insert(invitation, digest);
        Instant acceptedAt = TestData.now().plusSeconds(90);

        tx.inTenant(org, () -> {
            Invitation locked = invitations.findForUpdate(org, digest).orElseThrow();
            invitations.markAccepted(locked.accept(acceptedAt));
            return null;
        });

        Invitation accepted = find(org, digest).orElseThrow();
        assertEquals(Optional.of(acceptedAt), accepted.acceptedAt());
        assertEquals(Invitation.Status.ACCEPTED, accepted.status(acceptedAt));
    }

    private void insert(Invitation invitation, TokenDigest digest) {
        tx.inTenant(invitation.orgId(), () -> {
            invitations.insert(invitation, digest);
            return null;
        });
    }

    private Optional<Invitation> find(OrgId orgId, TokenDigest digest) {
        return tx.inTenant(orgId, () -> invitations.findForUpdate(orgId, digest));
    }
}
