package dev.glyphic.domain.webhook;

import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow's webhook: where callers send requests, how they sign them, and whether it takes them now. It keeps
 * its path and secret for as long as its trigger node stays in the workflow, across versions and deactivations.
 *
 * @param listening    the workflow is active, not in the trash, and still has the node (the registry's part)
 * @param enabled      the admin's switch
 * @param previousSecret the secret before the last rotation, verifying until its instant
 */
public record InboundWebhook(OrgId orgId, WebhookId id, WorkspaceId workspaceId, WorkflowId workflowId,
                             String nodeId, WebhookPath path, String method, TriggerNode.Respond respond,
                             SignatureScheme scheme, WebhookSecret secret,
                             Optional<PreviousSecret> previousSecret, boolean listening, boolean enabled,
                             Optional<Instant> lastTriggeredAt, long triggerCount, Instant createdAt,
                             Instant updatedAt) {

    public record PreviousSecret(WebhookSecret secret, Instant until) {
        public PreviousSecret {
            Objects.requireNonNull(secret);
            Objects.requireNonNull(until);
        }
    }

    public InboundWebhook {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(workflowId);
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(path);
        Objects.requireNonNull(method);
        Objects.requireNonNull(respond);
        Objects.requireNonNull(scheme);
        Objects.requireNonNull(secret);
        Objects.requireNonNull(previousSecret);
        Objects.requireNonNull(lastTriggeredAt);
    }

    /** A new webhook for a trigger node: a fresh path and secret, Standard Webhooks signatures. */
    public static InboundWebhook create(OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId,
                                        TriggerNode.Webhook node, Instant now) {
        return new InboundWebhook(orgId, WebhookId.random(), workspaceId, workflowId, node.nodeId(),
                WebhookPath.generate(), node.method(), node.respond(), SignatureScheme.STANDARD,
                WebhookSecret.generate(), Optional.empty(), true, true, Optional.empty(), 0, now, now);
    }

    public boolean takesCalls() {
        return listening && enabled;
    }

    /** The node as it is now (method, respond), listening. */
    public InboundWebhook following(TriggerNode.Webhook node, Instant now) {
        return new InboundWebhook(orgId, id, workspaceId, workflowId, nodeId, path, node.method(), node.respond(),
                scheme, secret, previousSecret, true, enabled, lastTriggeredAt, triggerCount, createdAt, now);
    }

    public InboundWebhook stopListening(Instant now) {
        return new InboundWebhook(orgId, id, workspaceId, workflowId, nodeId, path, method, respond, scheme, secret,
                previousSecret, false, enabled, lastTriggeredAt, triggerCount, createdAt, now);
    }

    public InboundWebhook enabled(boolean on, Instant now) {
        return new InboundWebhook(orgId, id, workspaceId, workflowId, nodeId, path, method, respond, scheme, secret,
                previousSecret, listening, on, lastTriggeredAt, triggerCount, createdAt, now);
    }

    /**
     * A new scheme, with the secret its callers sign with: GitHub and Stripe callers use the secret the admin
     * configured there, so it is given; a Standard Webhooks secret must have the standard form.
     */
    public InboundWebhook signedWith(SignatureScheme newScheme, Optional<WebhookSecret> newSecret, Instant now) {
        WebhookSecret effective = newSecret.orElse(secret);
        if (newScheme == SignatureScheme.STANDARD && effective.standardKey().isEmpty()) {
            throw new IllegalArgumentException("a Standard Webhooks secret is whsec_ followed by the base64 of at "
                    + "least 24 bytes");
        }
        Optional<PreviousSecret> previous = newSecret.isPresent() ? Optional.empty() : previousSecret;
        return new InboundWebhook(orgId, id, workspaceId, workflowId, nodeId, path, method, respond, newScheme,
                effective, previous, listening, enabled, lastTriggeredAt, triggerCount, createdAt, now);
    }

    /** A new secret; the one before keeps verifying for {@code grace}, so callers can switch without a gap. */
    public InboundWebhook rotated(WebhookSecret newSecret, Duration grace, Instant now) {
        return new InboundWebhook(orgId, id, workspaceId, workflowId, nodeId, path, method, respond, scheme,
                newSecret, Optional.of(new PreviousSecret(secret, now.plus(grace))), listening, enabled,
                lastTriggeredAt, triggerCount, createdAt, now);
    }

    /** The secrets a call may be signed with at {@code now}: the current one, and the previous within its grace. */
    public List<WebhookSecret> usableSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(2);
        secrets.add(secret);
        previousSecret.filter(previous -> now.isBefore(previous.until())).ifPresent(p -> secrets.add(p.secret()));
        return secrets;
    }
}
