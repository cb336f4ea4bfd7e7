package dev.glyphic.application.port.out.trigger;

import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Which version of each workflow has its triggers registered, so that a trigger that shows active is live: at
 * start-up every workflow whose registrations do not match what it is now (active or not, its current version) is
 * registered again.
 */
public interface TriggerRegistrations {

    /**
     * Records, in the current tenant transaction, that the workflow's triggers are now those of {@code version}, or
     * that none are live (empty: inactive or in the trash).
     */
    void recorded(OrgId orgId, WorkflowId workflowId, OptionalInt version, Instant at);

    /**
     * Workflows of any org whose recorded registration does not match them: active (and not in the trash) with
     * another version or none recorded, or inactive with a version recorded. At most {@code limit}, in no order that
     * matters; registering them again takes them off the list.
     */
    List<Drift> drifted(int limit);

    record Drift(OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId) {
        public Drift {
            Objects.requireNonNull(orgId);
            Objects.requireNonNull(workspaceId);
            Objects.requireNonNull(workflowId);
        }
    }
}
