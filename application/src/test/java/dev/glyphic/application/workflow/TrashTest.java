package dev.glyphic.application.workflow;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.in.execution.RunWorkflow;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.testing.Definitions;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules of the trash: a trashed workflow is inactive, cannot be edited or run, yet can still be read; it comes back
 * inactive within {@link Workflow#TRASH_RETENTION}, and not after.
 */
class TrashTest {
    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final WorkspaceId space = given.workspace(org, owner);
    private final User admin = given.member(org, Role.ADMIN);
    private final Workflow active = app.createWorkflow().create(as(admin), org, space, new CreateWorkflow.Command(
            DisplayName.of("Busy"), "", Tags.none(), true, false, Definitions.valid(), false, ""));

    @Test
    void aTrashedWorkflowIsInactiveReadableAndNeitherEditedNorRun() {
        Instant trashedAt = app.clock.instant();
        app.trashWorkflow().trash(as(admin), org, space, active.id());

        Workflow shown = app.showWorkflow().show(as(admin), org, space, active.id());
        assertEquals(Optional.of(trashedAt), shown.deletedAt());
        assertFalse(shown.active());
        assertNotFound(() -> app.updateWorkflow().update(as(admin), org, space, active.id(), new UpdateWorkflow
                .Command(Optional.of(1), Optional.of(DisplayName.of("Edited")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty())));
        assertNotFound(() -> app.runWorkflow().run(as(admin), org, space, active.id(),
                new RunWorkflow.Command(Json.NULL, Optional.empty())));
    }

    @Test
    void trashingTwiceKeepsTheFirstDeletionTime() {
        Instant first = app.clock.instant();
        app.trashWorkflow().trash(as(admin), org, space, active.id());
        app.clock.advance(Duration.ofDays(1));

        app.trashWorkflow().trash(as(admin), org, space, active.id());

        assertEquals(Optional.of(first), stored().deletedAt());
    }

    @Test
    void aRestoredWorkflowComesBackInactive() {
        app.trashWorkflow().trash(as(admin), org, space, active.id());
        app.clock.advance(Workflow.TRASH_RETENTION.minus(Duration.ofMinutes(1)));

        Workflow restored = app.trashWorkflow().restore(as(admin), org, space, active.id());

        assertFalse(restored.inTrash());
        assertFalse(restored.active(), "nothing starts running by surprise");
        assertEquals(Optional.empty(), stored().deletedAt());
        assertFalse(stored().active());
    }

    @Test
    void pastTheRetentionPeriodAWorkflowCannotBeRestored() {
        app.trashWorkflow().trash(as(admin), org, space, active.id());
        app.clock.advance(Workflow.TRASH_RETENTION);

        DomainException.Conflict refused = assertThrows(DomainException.Conflict.class,
                () -> app.trashWorkflow().restore(as(admin), org, space, active.id()));

        assertEquals("trash_expired", refused.code());
        assertTrue(stored().inTrash());
    }

    private Workflow stored() {
        return app.transactions.inTenant(org, () -> app.workflows.find(org, space, active.id())).orElseThrow();
    }

    private static void assertNotFound(Runnable attempt) {
        assertEquals("workflow", assertThrows(DomainException.NotFound.class, attempt::run).resource());
    }
}
