package dev.glyphic.application.port.out.event;

import dev.glyphic.domain.event.EventSubscription;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.List;

/** The {@code trigger.event} nodes of workflows; in the org's tenant transaction. */
public interface EventSubscriptions {

    List<EventSubscription> ofWorkflow(OrgId orgId, WorkflowId workflowId);

    /** Inserts or replaces the subscription of its workflow's node. */
    void save(EventSubscription subscription);

    /** The listening subscriptions of a workspace to an event type. */
    List<EventSubscription> listeningTo(OrgId orgId, WorkspaceId workspaceId, EventType type);
}
