package dev.glyphic.application.org;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ListMyOrgs;
import dev.glyphic.application.port.out.org.OrganizationRepository.OrgWithRole;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.shared.DomainException;

public final class ListMyOrgsService implements ListMyOrgs {
    private final Transactions transactions;
    private final OrganizationRepository organizations;

    public ListMyOrgsService(Transactions transactions, OrganizationRepository organizations) {
        this.transactions = transactions;
        this.organizations = organizations;
    }

    @Override
    public Page<OrgWithRole> list(Caller caller, PageRequest page) {
        if (!(caller instanceof Caller.Person person)) {
            throw new DomainException.Forbidden("an API key belongs to one organization; use its endpoints");
        }
        return transactions.asUser(person.userId(), () -> Page.of(
                organizations.listForUser(person.userId(), page), page,
                o -> Cursors.encode(o.organization().id().value())));
    }
}
