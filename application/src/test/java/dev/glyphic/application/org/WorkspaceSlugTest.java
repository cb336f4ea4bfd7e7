package dev.glyphic.application.org;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.application.port.in.org.CreateWorkspace;
import dev.glyphic.application.port.in.org.UpdateWorkspace;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.shared.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule: a workspace slug is unique within its organization, and only there. */
class WorkspaceSlugTest {
    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);

    @Test
    void aSecondWorkspaceCannotTakeASlugOfTheSameOrganization() {
        Slug slug = Given.slug();
        create(org, owner, "First", slug);

        assertSlugTaken(() -> create(org, owner, "Second", slug));
    }

    @Test
    void anotherOrganizationMayUseTheSameSlug() {
        Slug slug = Given.slug();
        create(org, owner, "Ours", slug);
        User other = given.person();
        OrgId theirs = given.org(other);

        Workspace same = create(theirs, other, "Theirs", slug);

        assertEquals(slug, same.slug());
    }

    @Test
    void renamingAWorkspaceToATakenSlugChangesNothing() {
        Slug taken = Given.slug();
        create(org, owner, "Taken", taken);
        Workspace mine = create(org, owner, "Mine", Given.slug());

        assertSlugTaken(() -> app.updateWorkspace().update(as(owner), org, mine.id(), new UpdateWorkspace.Command(
                Optional.of(DisplayName.of("Renamed")), Optional.of(taken))));

        Workspace stored = app.transactions.inTenant(org, () -> app.workspaces.find(org, mine.id())).orElseThrow();
        assertEquals(mine.name(), stored.name(), "the name in the same command was not saved either");
        assertEquals(mine.slug(), stored.slug());
    }

    private Workspace create(OrgId in, User by, String name, Slug slug) {
        return app.createWorkspace().create(as(by), in, new CreateWorkspace.Command(DisplayName.of(name), slug));
    }

    private static void assertSlugTaken(Runnable attempt) {
        assertEquals("slug_taken", assertThrows(DomainException.Conflict.class, attempt::run).code());
    }
}
