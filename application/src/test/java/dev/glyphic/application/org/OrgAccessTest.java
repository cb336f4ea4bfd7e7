package dev.glyphic.application.org;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.RequestOrigin;
import dev.glyphic.application.port.in.org.CreateApiKey;
import dev.glyphic.application.port.in.org.CreateWorkspace;
import dev.glyphic.application.port.in.org.InviteMember;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.persistence.testing.TestData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule: a caller's standing in an organization is read again by every use case, inside its transaction: a removed
 * member or a lowered role loses access at once, an outsider learns nothing, and an API key acts with its role
 * capped by its creator's current one and never manages people.
 */
class OrgAccessTest {
    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final User admin = given.member(org, Role.ADMIN);

    @Test
    void someoneWhoIsNotAMemberLearnsNotEvenThatTheOrganizationExists() {
        DomainException.NotFound refused = assertThrows(DomainException.NotFound.class,
                () -> createWorkspace(as(given.person()), org));
        assertEquals("organization", refused.resource());
    }

    @Test
    void aRemovedAdminLosesAccessAtOnce() {
        createWorkspace(as(admin), org);

        app.removeMember().remove(as(owner), org, admin.id());

        assertEquals("organization", assertThrows(DomainException.NotFound.class,
                () -> createWorkspace(as(admin), org)).resource());
    }

    @Test
    void anAdminLoweredToViewerLosesAdminRightsAtOnce() {
        createWorkspace(as(admin), org);

        app.changeMemberRole().change(as(owner), org, admin.id(), Role.VIEWER);

        DomainException.Forbidden refused = assertThrows(DomainException.Forbidden.class,
                () -> createWorkspace(as(admin), org));
        assertTrue(refused.getMessage().contains("you are viewer"), refused::getMessage);
    }

    @Test
    void anApiKeyActsWithItsCreatorsCurrentRoleAtMostAndNeverManagesPeople() {
        Caller key = machine(app.createApiKey().create(as(admin), org,
                new CreateApiKey.Command(DisplayName.of("ci"), Role.ADMIN)).key());
        createWorkspace(key, org);

        DomainException.Forbidden invite = assertThrows(DomainException.Forbidden.class, () -> app.inviteMember()
                .invite(key, org, new InviteMember.Command(TestData.email(), Role.MEMBER)));
        assertTrue(invite.getMessage().startsWith("API keys cannot"), invite::getMessage);

        app.changeMemberRole().change(as(owner), org, admin.id(), Role.MEMBER);
        assertThrows(DomainException.Forbidden.class, () -> createWorkspace(key, org),
                "the key's admin role is capped by its creator's, now member");
    }

    private void createWorkspace(Caller caller, OrgId org) {
        app.createWorkspace().create(caller, org, new CreateWorkspace.Command(DisplayName.of("Space"), Given.slug()));
    }

    private static Caller machine(ApiKey key) {
        return new Caller.Machine(key.id(), key.orgId(), new RequestOrigin(Optional.empty(), Optional.empty()));
    }
}
