package dev.glyphic.persistence.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.AuditLog;
import dev.glyphic.domain.audit.AuditActor;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
public final class PgAuditLog implements AuditLog {
    private static final String COLUMNS = "org_id, id, occurred_at, actor_user_id, actor_api_key_id, action, "
            + "target_type, target_id, details, ip, user_agent";
    private static final Keyset NEWEST_FIRST = Keyset.descending("id");

    private final Sql sql;

    public PgAuditLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(AuditEvent e) {
        AuditActor actor = e.actor();
        sql.update("insert into audit_events (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)",
                e.orgId().value(), e.id(), e.occurredAt(), actor.userId().orElse(null),
                actor.apiKeyId().orElse(null), e.action(), e.targetType(), e.targetId().orElse(null),
                write(e.details()), actor.ip().orElse(null), actor.userAgent().orElse(null));
    }

    /** Newest first: ids are UUIDv7, so descending id is descending time. */
    @Override
    public List<AuditEvent> list(OrgId orgId, PageRequest page) {
        return sql.list(NEWEST_FIRST.page("select " + COLUMNS + " from audit_events where org_id = ?", page,
                orgId.value()), PgAuditLog::map);
    }

    private static AuditEvent map(Sql.Row row) throws SQLException {
        AuditActor actor = new AuditActor(Optional.ofNullable(row.uuid("actor_user_id")),
                Optional.ofNullable(row.uuid("actor_api_key_id")), Optional.ofNullable(row.text("ip")),
                Optional.ofNullable(row.text("user_agent")));
        return new AuditEvent(row.uuid("id"), new OrgId(row.uuid("org_id")), actor, row.text("action"),
                row.text("target_type"), Optional.ofNullable(row.text("target_id")), read(row.text("details")),
                row.instant("occurred_at"));
    }

    /** Through the domain's reader and writer, the one way JSON is read and written outside the web layer. */
    private static String write(Map<String, String> details) {
        Map<String, Json> fields = new LinkedHashMap<>();
        details.forEach((key, value) -> fields.put(key, Json.of(value)));
        return JsonText.write(new Json.Obj(fields));
    }

    private static Map<String, String> read(String json) {
        if (!(JsonText.parse(json) instanceof Json.Obj object)) {
            throw new IllegalStateException("audit details column holds no object");
        }
        Map<String, String> details = new LinkedHashMap<>();
        object.fields().forEach((key, value) -> details.put(key, value instanceof Json.Str text ? text.value()
                : JsonText.write(value)));
        return details;
    }
}
