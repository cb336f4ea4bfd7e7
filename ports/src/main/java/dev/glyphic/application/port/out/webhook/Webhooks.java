package dev.glyphic.application.port.out.webhook;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookPath;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Inbound webhooks. Everything but {@link #locate} runs in the org's tenant transaction. */
public interface Webhooks {

    /** Where a public path leads, read across tenants before any tenant transaction begins. */
    record Address(OrgId orgId, WorkspaceId workspaceId, WebhookId id) {
    }

    Optional<Address> locate(WebhookPath path);

    Optional<InboundWebhook> find(OrgId orgId, WebhookId id);

    List<InboundWebhook> ofWorkflow(OrgId orgId, WorkflowId workflowId);

    /** A workspace's webhooks, oldest first, keyset-paginated by id. */
    List<InboundWebhook> list(OrgId orgId, WorkspaceId workspaceId, PageRequest page);

    void insert(InboundWebhook webhook);

    /** Writes every field that may change (method, respond, scheme, secrets, listening, enabled, updated). */
    void update(InboundWebhook webhook);

    /** Counts calls that started runs (and row-locks the webhook until the transaction ends: call it last). */
    void triggered(OrgId orgId, WebhookId id, int calls, Instant at);
}
