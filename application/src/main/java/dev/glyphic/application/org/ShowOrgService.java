package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ShowOrg;
import dev.glyphic.application.port.out.org.OrganizationRepository.OrgWithRole;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;

public final class ShowOrgService implements ShowOrg {
    private final Transactions transactions;
    private final OrgAccess access;
    private final OrganizationRepository organizations;

    public ShowOrgService(Transactions transactions, OrgAccess access, OrganizationRepository organizations) {
        this.transactions = transactions;
        this.access = access;
        this.organizations = organizations;
    }

    @Override
    public OrgWithRole show(Caller caller, OrgId orgId) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId).require(Action.READ);
            return organizations.find(orgId)
                    .map(org -> new OrgWithRole(org, acting.role()))
                    .orElseThrow(() -> new DomainException.NotFound("organization"));
        });
    }
}
