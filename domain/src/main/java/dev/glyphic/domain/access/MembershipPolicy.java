package dev.glyphic.domain.access;

import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.Role;

/**
 * Who may change whose role, remove whom, and grant what. Two rules users rely on: an organization never loses
 * its last owner, and only an owner touches ownership (grants it, takes it away, or changes or removes an owner).
 */
public final class MembershipPolicy {
    private MembershipPolicy() {
    }

    public static PolicyDecision changeRole(Membership actor, Membership target, Role newRole, long ownerCount) {
        if (!PermissionMatrix.allows(actor.role(), Action.MANAGE_MEMBERS)) {
            return new PolicyDecision.Forbidden("changing roles needs the admin role");
        }
        if ((target.role() == Role.OWNER || newRole == Role.OWNER)
                && !PermissionMatrix.allows(actor.role(), Action.MANAGE_OWNERS)) {
            return new PolicyDecision.Forbidden("only an owner can grant or revoke the owner role");
        }
        if (target.role() == Role.OWNER && newRole != Role.OWNER && ownerCount <= 1) {
            return lastOwner();
        }
        return PolicyDecision.ALLOWED;
    }

    public static PolicyDecision remove(Membership actor, Membership target, long ownerCount) {
        boolean leaving = actor.userId().equals(target.userId());
        if (!leaving && !PermissionMatrix.allows(actor.role(), Action.MANAGE_MEMBERS)) {
            return new PolicyDecision.Forbidden("removing members needs the admin role");
        }
        if (!leaving && target.role() == Role.OWNER && !PermissionMatrix.allows(actor.role(), Action.MANAGE_OWNERS)) {
            return new PolicyDecision.Forbidden("only an owner can remove an owner");
        }
        if (target.role() == Role.OWNER && ownerCount <= 1) {
            return lastOwner();
        }
        return PolicyDecision.ALLOWED;
    }

    /** Inviting someone, or creating an API key, hands out a role: never above one's own, owner only by owners. */
    public static PolicyDecision grant(Role actorRole, Role granted, Action needed) {
        if (!PermissionMatrix.allows(actorRole, needed)) {
            return new PolicyDecision.Forbidden("this needs the " + PermissionMatrix.weakestRoleFor(needed).wireName()
                    + " role");
        }
        if (granted == Role.OWNER && !PermissionMatrix.allows(actorRole, Action.MANAGE_OWNERS)) {
            return new PolicyDecision.Forbidden("only an owner can grant the owner role");
        }
        if (!actorRole.atLeast(granted)) {
            return new PolicyDecision.Forbidden("cannot grant a role above one's own");
        }
        return PolicyDecision.ALLOWED;
    }

    private static PolicyDecision lastOwner() {
        return new PolicyDecision.Conflict("last_owner", "an organization must keep at least one owner");
    }
}
