package dev.glyphic.persistence.trigger;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.trigger.TriggerRegistrations;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.TestData;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What every {@link TriggerRegistrations} promises. */
abstract class TriggerRegistrationsContract {
    private final Transactions tx = bean(Transactions.class);
    private final TriggerRegistrations registrations = registrations();
    private final UserId user;
    private final OrgId org;
    private final Workspace workspace;

    TriggerRegistrationsContract() {
        TestData data = new TestData();
        user = data.user().id();
        org = data.org(user);
        workspace = Workspace.open(org, DisplayName.of("Workspace"), TestData.slug(), TestData.now());
        tx.inTenant(org, () -> bean(WorkspaceRepository.class).insert(workspace));
    }

    /** The port under test, on the test database. */
    abstract TriggerRegistrations registrations();

    @Test
    void anActiveWorkflowDriftsUntilItsCurrentVersionIsRecorded() {
        WorkflowId workflow = workflow(true, 1);
        assertTrue(drifted(workflow), "never registered");

        record(workflow, OptionalInt.of(1));
        assertFalse(drifted(workflow));

        TestData.execute("update workflows set version = 2 where id = ?", workflow.value());
        assertTrue(drifted(workflow), "registered for an older version");

        record(workflow, OptionalInt.empty());
        assertTrue(drifted(workflow), "registered as not live while it is active");
    }

    @Test
    void anInactiveOrTrashedWorkflowDriftsWhileAVersionIsRecorded() {
        WorkflowId inactive = workflow(false, 3);
        record(inactive, OptionalInt.of(3));
        assertTrue(drifted(inactive));
        record(inactive, OptionalInt.empty());
        assertFalse(drifted(inactive), "recording twice replaces the first record");

        WorkflowId trashed = workflow(true, 1);
        record(trashed, OptionalInt.of(1));
        TestData.execute("update workflows set deleted_at = now(), is_active = false where id = ?", trashed.value());
        assertTrue(drifted(trashed));
    }

    private void record(WorkflowId workflow, OptionalInt version) {
        tx.inTenant(org, () -> {
            registrations.recorded(org, workflow, version, TestData.now());
            return null;
        });
    }

    /** Other tests' workflows drift too: look for this one in a list long enough to hold them all. */
    private boolean drifted(WorkflowId workflow) {
        return registrations.drifted(1_000_000).stream().anyMatch(d -> d.workflowId().equals(workflow)
                && d.orgId().equals(org) && d.workspaceId().equals(workspace.id()));
    }

    private WorkflowId workflow(boolean active, int version) {
        WorkflowId id = WorkflowId.random();
        TestData.execute("insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, "
                + "version, is_valid, created_by, created_at, updated_by, updated_at) values (?, ?, ?, 'W', ?, false, "
                + "'{}', ?, true, ?, now(), ?, now())", org.value(), id.value(), workspace.id().value(), active,
                version, user.value(), user.value());
        return id;
    }
}
