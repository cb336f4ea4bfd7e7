package dev.glyphic.application.org;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule: an organization never loses its last owner, whether demoted or removed, by others or by themselves. */
class LastOwnerTest {
    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);

    @Test
    void theSoleOwnerCanNeitherStepDownNorLeave() {
        assertLastOwner(() -> app.changeMemberRole().change(as(owner), org, owner.id(), Role.ADMIN));
        assertLastOwner(() -> app.removeMember().remove(as(owner), org, owner.id()));

        assertEquals(Optional.of(Role.OWNER), roleOf(owner), "still the owner");
    }

    @Test
    void ofTwoOwnersOneMayDemoteTheOtherAndThenIsTheLastOwner() {
        User second = given.member(org, Role.OWNER);

        app.changeMemberRole().change(as(second), org, owner.id(), Role.ADMIN);

        assertEquals(Optional.of(Role.ADMIN), roleOf(owner));
        assertLastOwner(() -> app.removeMember().remove(as(second), org, second.id()));
        assertLastOwner(() -> app.changeMemberRole().change(as(second), org, second.id(), Role.MEMBER));
        assertEquals(Optional.of(Role.OWNER), roleOf(second));
    }

    @Test
    void ofTwoOwnersOneMayLeaveAndTheOtherThenCannot() {
        User second = given.member(org, Role.OWNER);

        app.removeMember().remove(as(owner), org, owner.id());

        assertEquals(Optional.empty(), roleOf(owner), "the first owner left");
        assertLastOwner(() -> app.removeMember().remove(as(second), org, second.id()));
        assertEquals(Optional.of(Role.OWNER), roleOf(second));
    }

    @Test
    void anAdminCanNeitherDemoteNorRemoveAnOwner() {
        User admin = given.member(org, Role.ADMIN);

        assertThrows(DomainException.Forbidden.class,
                () -> app.changeMemberRole().change(as(admin), org, owner.id(), Role.ADMIN));
        assertThrows(DomainException.Forbidden.class, () -> app.removeMember().remove(as(admin), org, owner.id()));

        assertEquals(Optional.of(Role.OWNER), roleOf(owner));
    }

    private static void assertLastOwner(Runnable attempt) {
        DomainException.Conflict refused = assertThrows(DomainException.Conflict.class, attempt::run);
        assertEquals("last_owner", refused.code());
        assertTrue(refused.getMessage().contains("at least one owner"), refused::getMessage);
    }

    private Optional<Role> roleOf(User user) {
        return app.transactions.inTenant(org, () -> app.memberships.find(org, user.id())).map(Membership::role);
    }
}
