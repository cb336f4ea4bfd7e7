package dev.glyphic.persistence.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Singleton
public final class PgInvitationRepository implements InvitationRepository {
    private static final String COLUMNS =
            "org_id, id, email, role, invited_by, created_at, expires_at, accepted_at, revoked_at";

    private final Sql sql;

    public PgInvitationRepository(Sql sql) {
        this.sql = sql;
    }

    private static Invitation map(Sql.Row row) throws SQLException {
        return new Invitation(new InvitationId(row.uuid("id")), new OrgId(row.uuid("org_id")),
                new Email(row.text("email")), Role.parse(row.text("role")), new UserId(row.uuid("invited_by")),
                row.instant("created_at"), row.instant("expires_at"), row.optionalInstant("accepted_at"),
                row.optionalInstant("revoked_at"));
    }

    @Override
    public void insert(Invitation i, TokenDigest digest) {
        sql.update("insert into invitations (" + COLUMNS + ", token_digest) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.orgId().value(), i.id().value(), i.email().value(), i.role().wireName(), i.invitedBy().value(),
                i.createdAt(), i.expiresAt(), i.acceptedAt().orElse(null), i.revokedAt().orElse(null), digest.hex());
    }

    @Override
    public Optional<Invitation> findForUpdate(OrgId orgId, TokenDigest digest) {
        return sql.one("select " + COLUMNS + " from invitations where org_id = ? and token_digest = ? for update",
                PgInvitationRepository::map, orgId.value(), digest.hex());
    }

    @Override
    public Optional<Invitation> find(OrgId orgId, InvitationId id) {
        return sql.one("select " + COLUMNS + " from invitations where org_id = ? and id = ?",
                PgInvitationRepository::map, orgId.value(), id.value());
    }

    @Override
    public Optional<Invitation> findForUpdate(OrgId orgId, InvitationId id) {
        return sql.one("select " + COLUMNS + " from invitations where org_id = ? and id = ? for update",
                PgInvitationRepository::map, orgId.value(), id.value());
    }

    @Override
    public List<Invitation> list(OrgId orgId, PageRequest page) {
        return sql.list(Keyset.BY_ID.page("select " + COLUMNS + " from invitations where org_id = ?", page,
                orgId.value()), PgInvitationRepository::map);
    }

    @Override
    public void markAccepted(Invitation i) {
        sql.update("update invitations set accepted_at = ? where org_id = ? and id = ?",
                i.acceptedAt().orElseThrow(), i.orgId().value(), i.id().value());
    }

    @Override
    public void markRevoked(Invitation i) {
        sql.update("update invitations set revoked_at = ? where org_id = ? and id = ?",
                i.revokedAt().orElseThrow(), i.orgId().value(), i.id().value());
    }
}
