package dev.glyphic.application.testing;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.RequestOrigin;
import dev.glyphic.application.port.in.org.CreateOrg;
import dev.glyphic.application.port.in.org.CreateWorkspace;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.persistence.testing.TestData;
import java.util.Optional;

/**
 * What a use-case test starts from: people, organizations, memberships and workspaces, fresh for each test (the
 * database is shared). Organizations and workspaces are made through their use cases; people and memberships are
 * written straight through the repositories, as signing up and accepting an invitation would leave them.
 */
public final class Given {
    private static final RequestOrigin NOWHERE = new RequestOrigin(Optional.empty(), Optional.empty());

    private final UseCases app;

    public Given(UseCases app) {
        this.app = app;
    }

    /** A person who signed up and verified their address. */
    public User person() {
        return person(TestData.email());
    }

    public User person(Email email) {
        User user = User.registerVerified(email, DisplayName.of("Person"), app.clock.instant());
        if (!app.transactions.global(() -> app.users.insert(user, Optional.empty()))) {
            throw new IllegalStateException("random email collided: " + email);
        }
        return user;
    }

    /** The person, signed in. */
    public static Caller as(User user) {
        return new Caller.Person(user.id(), Optional.empty(), NOWHERE);
    }

    /** A new organization, founded by {@code owner}. */
    public OrgId org(User owner) {
        return app.createOrg().create(as(owner), new CreateOrg.Command(DisplayName.of("Org"), slug())).id();
    }

    /** A new person, already a member of the organization with the role. */
    public User member(OrgId org, Role role) {
        User user = person();
        app.transactions.inTenant(org, () -> app.memberships.insert(new Membership(org, user.id(), role,
                app.clock.instant())));
        return user;
    }

    /** A new workspace of the organization, made by {@code by} (an admin or owner). */
    public WorkspaceId workspace(OrgId org, User by) {
        return app.createWorkspace().create(as(by), org, new CreateWorkspace.Command(DisplayName.of("Space"), slug()))
                .id();
    }

    public static Slug slug() {
        return TestData.slug();
    }
}
