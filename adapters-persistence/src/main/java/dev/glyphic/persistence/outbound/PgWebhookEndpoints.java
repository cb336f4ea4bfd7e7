package dev.glyphic.persistence.outbound;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.outbound.WebhookEndpoints;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.domain.outbound.EndpointUrl;
import dev.glyphic.domain.outbound.WebhookEndpoint;
import dev.glyphic.domain.webhook.WebhookSecret;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Endpoints in {@code webhook_endpoints} (V15). */
@Singleton
public final class PgWebhookEndpoints implements WebhookEndpoints {
    private static final String COLUMNS = "org_id, id, workspace_id, url, event_types, secret, previous_secret, "
            + "previous_secret_until, enabled, disabled_reason, created_at, updated_at";

    private final Sql sql;

    public PgWebhookEndpoints(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(WebhookEndpoint e) {
        sql.update("insert into webhook_endpoints (" + COLUMNS + ") values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?)",
                e.orgId().value(), e.id().value(), e.workspaceId().value(), e.url().toString(), types(e),
                e.secret().reveal(), e.previousSecret().map(WebhookSecret::reveal).orElse(null),
                e.previousSecretUntil().orElse(null), e.enabled(), e.disabledReason().orElse(null), e.createdAt(),
                e.updatedAt());
    }

    @Override
    public void update(WebhookEndpoint e) {
        sql.update("""
                update webhook_endpoints set url = ?, event_types = ?::text[], secret = ?, previous_secret = ?,
                    previous_secret_until = ?, enabled = ?, disabled_reason = ?, updated_at = ?
                where org_id = ? and id = ?""", e.url().toString(), types(e), e.secret().reveal(),
                e.previousSecret().map(WebhookSecret::reveal).orElse(null), e.previousSecretUntil().orElse(null),
                e.enabled(), e.disabledReason().orElse(null), e.updatedAt(), e.orgId().value(), e.id().value());
    }

    @Override
    public Optional<WebhookEndpoint> find(OrgId orgId, EndpointId id) {
        return sql.one("select " + COLUMNS + " from webhook_endpoints where org_id = ? and id = ?",
                PgWebhookEndpoints::read, orgId.value(), id.value());
    }

    @Override
    public boolean delete(OrgId orgId, EndpointId id) {
        return sql.update("delete from webhook_endpoints where org_id = ? and id = ?", orgId.value(), id.value()) == 1;
    }

    @Override
    public List<WebhookEndpoint> list(OrgId orgId, WorkspaceId workspaceId, PageRequest page) {
        return sql.list(Keyset.BY_ID.page("select " + COLUMNS + " from webhook_endpoints where org_id = ? "
                + "and workspace_id = ?", page, orgId.value(), workspaceId.value()), PgWebhookEndpoints::read);
    }

    @Override
    public List<WebhookEndpoint> subscribedTo(OrgId orgId, WorkspaceId workspaceId, EventType type) {
        return sql.list("select " + COLUMNS + " from webhook_endpoints where org_id = ? and workspace_id = ? "
                        + "and enabled and ? = any(event_types) order by id", PgWebhookEndpoints::read,
                orgId.value(), workspaceId.value(), type.wireName());
    }

    private static String[] types(WebhookEndpoint e) {
        return Sql.textArray(e.eventTypes().stream().map(EventType::wireName).sorted().toList());
    }

    private static WebhookEndpoint read(Sql.Row row) throws SQLException {
        String previous = row.text("previous_secret");
        Instant previousUntil = row.instant("previous_secret_until");
        return new WebhookEndpoint(new OrgId(row.uuid("org_id")), new EndpointId(row.uuid("id")),
                new WorkspaceId(row.uuid("workspace_id")), EndpointUrl.parse(row.text("url")),
                row.texts("event_types").stream().map(EventType::parse).collect(Collectors.toSet()),
                WebhookSecret.parse(row.text("secret")), Optional.ofNullable(previous).map(WebhookSecret::parse),
                Optional.ofNullable(previousUntil), row.bool("enabled"), Optional.ofNullable(row.text("disabled_reason")),
                row.instant("created_at"), row.instant("updated_at"));
    }
}
