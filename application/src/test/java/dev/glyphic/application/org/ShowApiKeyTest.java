package dev.glyphic.application.org;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.application.port.in.org.CreateApiKey;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** One API key is read by those who may list the organization's keys, and only within that organization. */
class ShowApiKeyTest {
    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final ApiKey key = app.createApiKey().create(as(owner), org,
            new CreateApiKey.Command(DisplayName.of("ci"), Role.MEMBER)).key();

    @Test
    void anAdminReadsTheKeyAsItWasCreated() {
        User admin = given.member(org, Role.ADMIN);

        assertEquals(key, app.showApiKey().show(as(admin), org, key.id()));
    }

    @Test
    void thoseWhoMayNotListKeysMayNotReadOne() {
        for (Role role : new Role[] {Role.MEMBER, Role.VIEWER}) {
            User person = given.member(org, role);
            assertThrows(DomainException.Forbidden.class, () -> app.showApiKey().show(as(person), org, key.id()),
                    role::toString);
        }
    }

    @Test
    void anUnknownKeyOrAnotherOrganizationsIsNotFound() {
        assertThrows(DomainException.NotFound.class, () -> app.showApiKey().show(as(owner), org, ApiKeyId.random()));
        User stranger = given.person();
        OrgId theirs = given.org(stranger);
        assertThrows(DomainException.NotFound.class, () -> app.showApiKey().show(as(stranger), theirs, key.id()));
    }
}
