package dev.glyphic.persistence.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
public final class PgApiKeyRepository implements ApiKeyRepository {
    private static final String COLUMNS =
            "org_id, id, name, role, created_by, hint, created_at, last_used_at, revoked_at";

    private final Sql sql;

    public PgApiKeyRepository(Sql sql) {
        this.sql = sql;
    }

    private static ApiKey map(Sql.Row row) throws SQLException {
        return new ApiKey(new ApiKeyId(row.uuid("id")), new OrgId(row.uuid("org_id")),
                new DisplayName(row.text("name")), Role.parse(row.text("role")), new UserId(row.uuid("created_by")),
                row.text("hint"), row.instant("created_at"), row.optionalInstant("last_used_at"),
                row.optionalInstant("revoked_at"));
    }

    @Override
    public void insert(ApiKey k, TokenDigest digest) {
        sql.update("insert into api_keys (" + COLUMNS + ", token_digest) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                k.orgId().value(), k.id().value(), k.name().value(), k.role().wireName(), k.createdBy().value(),
                k.hint(), k.createdAt(), k.lastUsedAt().orElse(null), k.revokedAt().orElse(null), digest.hex());
    }

    @Override
    public Optional<ApiKey> findByDigest(OrgId orgId, TokenDigest digest) {
        return sql.one("select " + COLUMNS + " from api_keys where org_id = ? and token_digest = ?",
                PgApiKeyRepository::map, orgId.value(), digest.hex());
    }

    @Override
    public Optional<ApiKey> find(OrgId orgId, ApiKeyId id) {
        return sql.one("select " + COLUMNS + " from api_keys where org_id = ? and id = ?",
                PgApiKeyRepository::map, orgId.value(), id.value());
    }

    @Override
    public List<ApiKey> list(OrgId orgId, PageRequest page) {
        return sql.list(Keyset.BY_ID.page("select " + COLUMNS + " from api_keys where org_id = ?", page, orgId.value()),
                PgApiKeyRepository::map);
    }

    @Override
    public void revoke(OrgId orgId, ApiKeyId id, Instant at) {
        sql.update("update api_keys set revoked_at = ? where org_id = ? and id = ? and revoked_at is null",
                at, orgId.value(), id.value());
    }

    @Override
    public void touch(OrgId orgId, ApiKeyId id, Instant at) {
        sql.update("""
                update api_keys set last_used_at = ?
                where org_id = ? and id = ? and (last_used_at is null or last_used_at < ? - interval '1 minute')""",
                at, orgId.value(), id.value(), at);
    }
}
