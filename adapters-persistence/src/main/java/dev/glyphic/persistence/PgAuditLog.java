package dev.glyphic.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glyphic.application.port.out.AuditLog;
import dev.glyphic.application.shared.PageRequest;
import dev.glyphic.domain.audit.AuditActor;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.org.OrgId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
public final class PgAuditLog implements AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    private static final String COLUMNS = "org_id, id, occurred_at, actor_user_id, actor_api_key_id, action, "
            + "target_type, target_id, details, ip, user_agent";

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
        return sql.list("select " + COLUMNS + " from audit_events where org_id = ? "
                        + "and (?::uuid is null or id < ?::uuid) order by id desc limit ?",
                PgAuditLog::map, orgId.value(), page.after().orElse(null), page.after().orElse(null),
                page.fetchSize());
    }

    private static AuditEvent map(Sql.Row row) throws SQLException {
        AuditActor actor = new AuditActor(Optional.ofNullable(row.uuid("actor_user_id")),
                Optional.ofNullable(row.uuid("actor_api_key_id")), Optional.ofNullable(row.text("ip")),
                Optional.ofNullable(row.text("user_agent")));
        return new AuditEvent(row.uuid("id"), new OrgId(row.uuid("org_id")), actor, row.text("action"),
                row.text("target_type"), Optional.ofNullable(row.text("target_id")), read(row.text("details")),
                row.instant("occurred_at"));
    }

    private static String write(Map<String, String> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details are strings and always serialise", e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details column holds invalid JSON", e);
        }
    }
}
