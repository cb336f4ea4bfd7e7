package dev.glyphic.application.trigger;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.testing.Definitions;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.TestData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every workflow change reaches its triggers in its own transaction: the registered version follows the workflow
 * (none while it is inactive or in the trash), {@code workflow.activated} is announced once per activation, and
 * start-up reconciliation repairs whatever drifted.
 */
class TriggerRegistryTest {
    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final WorkspaceId space = given.workspace(org, owner);
    private final User admin = given.member(org, Role.ADMIN);

    @Test
    void anActiveWorkflowHasItsVersionRegisteredAndIsAnnouncedOnce() {
        Workflow created = create(true);
        assertEquals(Optional.of(1), registered(created.id()));
        assertEquals(1, activations(created.id()));

        Workflow saved = update(created, Optional.empty());

        assertEquals(Optional.of(2), registered(saved.id()), "a new version is registered in its place");
        assertEquals(1, activations(created.id()), "saving an active workflow activates nothing");
    }

    @Test
    void deactivatingUnregistersAndActivatingAgainIsAnnouncedAgain() {
        Workflow created = create(true);

        Workflow off = update(created, Optional.of(false));
        assertEquals(Optional.empty(), registered(off.id()));

        update(off, Optional.of(true));
        assertEquals(Optional.of(3), registered(off.id()));
        assertEquals(2, activations(off.id()));
    }

    @Test
    void anInactiveWorkflowIsRecordedWithNothingLive() {
        Workflow created = create(false);

        assertEquals(Optional.empty(), registered(created.id()));
        assertEquals(0, activations(created.id()));
    }

    @Test
    void theTrashUnregistersAndARestoredWorkflowStaysUnregistered() {
        Workflow created = create(true);

        app.trashWorkflow().trash(as(admin), org, space, created.id());
        assertEquals(Optional.empty(), registered(created.id()));

        app.trashWorkflow().restore(as(admin), org, space, created.id());
        assertEquals(Optional.empty(), registered(created.id()), "a restored workflow comes back inactive");
        assertEquals(1, activations(created.id()));
    }

    @Test
    void reconciliationRegistersWhatDriftedAndAnnouncesNothing() {
        Workflow lost = create(true);
        Workflow stale = create(false);
        TestData.execute("delete from trigger_registrations where workflow_id = ?", lost.id().value());
        TestData.execute("update trigger_registrations set version = 1 where workflow_id = ?", stale.id().value());

        int repaired = app.reconcileTriggers().reconcile();

        assertTrue(repaired >= 2, "both drifted workflows were registered again, found " + repaired);
        assertEquals(Optional.of(1), registered(lost.id()));
        assertEquals(Optional.empty(), registered(stale.id()));
        assertEquals(1, activations(lost.id()), "a repair is not an activation");
        assertTrue(app.triggerRegistrations.drifted(10_000).stream()
                .noneMatch(d -> d.workflowId().equals(lost.id()) || d.workflowId().equals(stale.id())));
    }

    private Workflow create(boolean active) {
        return app.createWorkflow().create(as(admin), org, space, new CreateWorkflow.Command(
                DisplayName.of("Listener " + TestData.unique()), "", Tags.none(), active, false,
                Definitions.valid(), false, ""));
    }

    private Workflow update(Workflow current, Optional<Boolean> active) {
        return app.updateWorkflow().update(as(admin), org, space, current.id(), new UpdateWorkflow.Command(
                Optional.of(current.version()), Optional.empty(), Optional.empty(), Optional.empty(), active,
                Optional.empty(), Optional.empty(), false, Optional.empty()));
    }

    /** The registered version: empty when the row says nothing is live; a missing row fails the test. */
    private Optional<Integer> registered(WorkflowId id) {
        assertEquals(1, TestData.count("select count(*) from trigger_registrations where workflow_id = ?",
                id.value()), "a registration row");
        long version = TestData.count("select coalesce(version, 0) from trigger_registrations where workflow_id = ?",
                id.value());
        return version == 0 ? Optional.empty() : Optional.of((int) version);
    }

    private long activations(WorkflowId id) {
        return TestData.count("select count(*) from domain_events where event_type = 'workflow.activated' "
                + "and subject = ? and org_id = ?", id.value(), org.value());
    }
}
