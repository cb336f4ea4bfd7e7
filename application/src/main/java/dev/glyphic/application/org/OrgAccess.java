package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.util.Optional;

/**
 * Resolves a caller's standing in an organization on every request, inside the use case's tenant transaction: a
 * removed member or a lowered role loses access at once. Someone who is not a member learns nothing, not even that
 * the organization exists.
 */
public final class OrgAccess {
    private final MembershipRepository memberships;
    private final ApiKeyRepository apiKeys;

    public OrgAccess(MembershipRepository memberships, ApiKeyRepository apiKeys) {
        this.memberships = memberships;
        this.apiKeys = apiKeys;
    }

    /** Must run inside {@code Transactions.inTenant(orgId, …)}. */
    public Acting enter(Caller caller, OrgId orgId) {
        return switch (caller) {
            case Caller.Person person -> memberships.find(orgId, person.userId())
                    .map(m -> new Acting(m, Optional.empty(), caller.origin()))
                    .orElseThrow(OrgAccess::notFound);
            case Caller.Machine machine -> {
                if (!machine.orgId().equals(orgId)) {
                    throw notFound();
                }
                ApiKey key = apiKeys.find(orgId, machine.keyId()).filter(ApiKey::active).orElseThrow(OrgAccess::notFound);
                Membership creator = memberships.find(orgId, key.createdBy()).orElseThrow(OrgAccess::notFound);
                yield new Acting(creator.withRole(key.effectiveRole(creator.role())), Optional.of(key.id()),
                        caller.origin());
            }
        };
    }

    private static DomainException.NotFound notFound() {
        return new DomainException.NotFound("organization");
    }
}
