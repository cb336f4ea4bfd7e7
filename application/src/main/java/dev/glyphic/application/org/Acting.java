package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.RequestOrigin;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.access.ApiKeyLimits;
import dev.glyphic.domain.access.PermissionMatrix;
import dev.glyphic.domain.access.PolicyDecision;
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

    /**
     * Throws {@link DomainException.Forbidden} unless the permission matrix allows the action to this role, and,
     * through an API key, unless keys may do it at all.
     */
    public Acting require(Action action) {
        requirePersonFor(action);
        if (!PermissionMatrix.allows(role(), action)) {
            throw new DomainException.Forbidden("this needs the " + PermissionMatrix.weakestRoleFor(action).wireName()
                    + " role; you are " + role().wireName());
        }
        return this;
    }

    /** Refuses an action that only people may take ({@link ApiKeyLimits}) when the caller is an API key. */
    public Acting requirePersonFor(Action action) {
        if (viaKey.isPresent() && !ApiKeyLimits.allows(action)) {
            throw new DomainException.Forbidden("API keys cannot " + describe(action) + "; a person must");
        }
        return this;
    }

    private static String describe(Action action) {
        return switch (action) {
            case MANAGE_MEMBERS -> "invite, remove or change members";
            case MANAGE_OWNERS -> "grant or revoke ownership";
            case MANAGE_API_KEYS -> "manage API keys";
            case DELETE_ORG -> "delete the organization";
            case ROTATE_KEYS -> "rotate encryption keys";
            case EXPORT_OR_ERASE_DATA -> "export or erase the organization's data";
            default -> "do this";
        };
    }

    /** Turns a refused policy decision into the matching error. */
    public static void enforce(PolicyDecision decision) {
        switch (decision) {
            case PolicyDecision.Allowed allowed -> {
            }
            case PolicyDecision.Forbidden forbidden -> throw new DomainException.Forbidden(forbidden.message());
            case PolicyDecision.Conflict conflict ->
                    throw new DomainException.Conflict(conflict.code(), conflict.message());
        }
    }

    public AuditActor auditActor() {
        return new AuditActor(Optional.of(as.userId().value()), viaKey.map(ApiKeyId::value), origin.ip(),
                origin.userAgent());
    }
}
