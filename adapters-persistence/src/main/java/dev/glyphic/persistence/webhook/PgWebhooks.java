package dev.glyphic.persistence.webhook;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.SignatureScheme;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookPath;
import dev.glyphic.domain.webhook.WebhookSecret;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Inbound webhooks in {@code webhooks} (V12); the cross-tenant path lookup is V12's {@code webhook_locate}. */
@Singleton
public final class PgWebhooks implements Webhooks {
    private static final String COLUMNS = "org_id, id, workspace_id, workflow_id, node_id, path, method, respond, "
            + "scheme, secret, previous_secret, previous_secret_until, listening, enabled, last_triggered_at, "
            + "trigger_count, created_at, updated_at";

    private final Transactions transactions;
    private final Sql sql;

    public PgWebhooks(Transactions transactions, Sql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    /** In a transaction of its own with no tenant set: the function, not the caller, decides what it may see. */
    @Override
    public Optional<Address> locate(WebhookPath path) {
        return transactions.global(() -> sql.one("select org_id, workspace_id, webhook_id from webhook_locate(?)",
                row -> new Address(new OrgId(row.uuid("org_id")), new WorkspaceId(row.uuid("workspace_id")),
                        new WebhookId(row.uuid("webhook_id"))), path.value()));
    }

    @Override
    public Optional<InboundWebhook> find(OrgId orgId, WebhookId id) {
        return sql.one("select " + COLUMNS + " from webhooks where org_id = ? and id = ?", PgWebhooks::read,
                orgId.value(), id.value());
    }

    @Override
    public List<InboundWebhook> findAll(OrgId orgId, Collection<WebhookId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list("select " + COLUMNS + " from webhooks where org_id = ? and id = any(?::uuid[])",
                PgWebhooks::read, orgId.value(), ids.stream().map(WebhookId::value).toArray(UUID[]::new));
    }

    @Override
    public List<InboundWebhook> ofWorkflow(OrgId orgId, WorkflowId workflowId) {
        return sql.list("select " + COLUMNS + " from webhooks where org_id = ? and workflow_id = ? order by id",
                PgWebhooks::read, orgId.value(), workflowId.value());
    }

    @Override
    public List<InboundWebhook> list(OrgId orgId, WorkspaceId workspaceId, PageRequest page) {
        return sql.list(Keyset.BY_ID.page("select " + COLUMNS + " from webhooks where org_id = ? and workspace_id = ?",
                page, orgId.value(), workspaceId.value()), PgWebhooks::read);
    }

    @Override
    public void insert(InboundWebhook w) {
        sql.update("insert into webhooks (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                w.orgId().value(), w.id().value(), w.workspaceId().value(), w.workflowId().value(), w.nodeId(),
                w.path().value(), w.method(), respond(w.respond()), w.scheme().wireName(), w.secret().reveal(),
                w.previousSecret().map(p -> p.secret().reveal()).orElse(null),
                w.previousSecret().map(InboundWebhook.PreviousSecret::until).orElse(null), w.listening(),
                w.enabled(), w.lastTriggeredAt().orElse(null), w.triggerCount(), w.createdAt(), w.updatedAt());
    }

    @Override
    public void update(InboundWebhook w) {
        sql.update("""
                update webhooks set method = ?, respond = ?, scheme = ?, secret = ?, previous_secret = ?,
                    previous_secret_until = ?, listening = ?, enabled = ?, updated_at = ?
                where org_id = ? and id = ?""",
                w.method(), respond(w.respond()), w.scheme().wireName(), w.secret().reveal(),
                w.previousSecret().map(p -> p.secret().reveal()).orElse(null),
                w.previousSecret().map(InboundWebhook.PreviousSecret::until).orElse(null), w.listening(),
                w.enabled(), w.updatedAt(), w.orgId().value(), w.id().value());
    }

    @Override
    public void triggered(OrgId orgId, Map<WebhookId, Integer> calls, Instant at) {
        sql.batch("update webhooks set trigger_count = trigger_count + ?, last_triggered_at = ? "
                + "where org_id = ? and id = ?", calls.entrySet().stream().map(e -> new Object[] {e.getValue(), at,
                orgId.value(), e.getKey().value()}).toList());
    }

    private static String respond(TriggerNode.Respond respond) {
        return respond.name().toLowerCase(Locale.ROOT);
    }

    private static InboundWebhook read(Sql.Row row) throws SQLException {
        String previousSecret = row.text("previous_secret");
        Instant previousUntil = row.instant("previous_secret_until");
        Optional<InboundWebhook.PreviousSecret> previous = Optional.ofNullable(previousSecret)
                .map(text -> new InboundWebhook.PreviousSecret(WebhookSecret.parse(text), previousUntil));
        return new InboundWebhook(new OrgId(row.uuid("org_id")), new WebhookId(row.uuid("id")),
                new WorkspaceId(row.uuid("workspace_id")), new WorkflowId(row.uuid("workflow_id")),
                row.text("node_id"), new WebhookPath(row.text("path")), row.text("method"),
                TriggerNode.Respond.valueOf(row.text("respond").toUpperCase(Locale.ROOT)),
                SignatureScheme.parse(row.text("scheme")), WebhookSecret.parse(row.text("secret")), previous,
                row.bool("listening"), row.bool("enabled"), row.optionalInstant("last_triggered_at"),
                row.number("trigger_count"), row.instant("created_at"), row.instant("updated_at"));
    }
}
