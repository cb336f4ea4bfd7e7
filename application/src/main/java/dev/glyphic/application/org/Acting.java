package dev.glyphic.application.org;

import dev.glyphic.application.auth.RequestOrigin;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.access.Decision;
import dev.glyphic.domain.access.PermissionMatrix;
import dev.glyphic.domain.audit.AuditActor;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.DomainException;
import java.util.Optional;

/**
 * A caller inside one organization, with the role they hold there right now. An API key acts as its creator's
 * membership, its role capped by the key's own.
 */
public record Acting(Membership as, Optional<ApiKeyId> viaKey, RequestOrigin origin) {

    public OrgId orgId() {
        return as.orgId();
    }

    public Role role() {
        return as.role();
    }

    /** Throws {@link DomainException.Forbidden} unless the permission matrix allows the action to this role. */
    public Acting require(Action action) {
        if (!PermissionMatrix.allows(role(), action)) {
            throw new DomainException.Forbidden("this needs the " + PermissionMatrix.weakestRoleFor(action).wireName()
                    + " role; you are " + role().wireName());
        }
        return this;
    }

    /** Turns a refused policy decision into the matching error. */
    public static void enforce(Decision decision) {
        switch (decision) {
            case Decision.Allowed allowed -> {
            }
            case Decision.Forbidden forbidden -> throw new DomainException.Forbidden(forbidden.message());
            case Decision.Conflict conflict -> throw new DomainException.Conflict(conflict.code(), conflict.message());
        }
    }

    public AuditActor auditActor() {
        return new AuditActor(Optional.of(as.userId().value()), viaKey.map(ApiKeyId::value), origin.ip(),
                origin.userAgent());
    }
}
