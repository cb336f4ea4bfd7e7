package dev.glyphic.application.port.out.webhook;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookPath;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inbound webhooks. Everything but {@link #locate} runs in the org's tenant transaction. */
public interface Webhooks {

    /** Where a public path leads, read across tenants before any tenant transaction begins. */
    record Address(OrgId orgId, WorkspaceId workspaceId, WebhookId id) {
    }

    Optional<Address> locate(WebhookPath path);

    Optional<InboundWebhook> find(OrgId orgId, WebhookId id);

    /** Those of the ids that name webhooks of the org. */
    List<InboundWebhook> findAll(OrgId orgId, Collection<WebhookId> ids);

    List<InboundWebhook> ofWorkflow(OrgId orgId, WorkflowId workflowId);

    /** A workspace's webhooks, oldest first, keyset-paginated by id. */
    List<InboundWebhook> list(OrgId orgId, WorkspaceId workspaceId, PageRequest page);

    void insert(InboundWebhook webhook);

    /** Writes every field that may change (method, respond, scheme, secrets, listening, enabled, updated). */
    void update(InboundWebhook webhook);

    /**
     * Counts the calls that started runs, per webhook, in one round trip; row-locks the webhooks until the
     * transaction ends (call it last), in the map's order: give them in one order everywhere (by id), so two groups
     * of calls never deadlock.
     */
    void triggered(OrgId orgId, Map<WebhookId, Integer> calls, Instant at);
}
