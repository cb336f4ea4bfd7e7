package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.DeleteOrg;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;

public final class DeleteOrgService implements DeleteOrg {
    private final Transactions transactions;
    private final OrgAccess access;
    private final OrganizationRepository organizations;

    public DeleteOrgService(Transactions transactions, OrgAccess access, OrganizationRepository organizations) {
        this.transactions = transactions;
        this.access = access;
        this.organizations = organizations;
    }

    /** Everything of the organization goes with it, its audit trail included: nothing of a deleted tenant is kept. */
    @Override
    public void delete(Caller caller, OrgId orgId) {
        transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.DELETE_ORG);
            organizations.delete(orgId);
            return null;
        });
    }
}
