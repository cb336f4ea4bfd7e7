package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.CreateOrg;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

public final class CreateOrgService implements CreateOrg {
    private final Transactions transactions;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final Auditor auditor;
    private final Clock clock;

    public CreateOrgService(Transactions transactions, OrganizationRepository organizations,
                            MembershipRepository memberships, Auditor auditor, Clock clock) {
        this.transactions = transactions;
        this.organizations = organizations;
        this.memberships = memberships;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Organization create(Caller caller, Command command) {
        if (!(caller instanceof Caller.Person person)) {
            throw new DomainException.Forbidden("API keys cannot found organizations");
        }
        Organization org = Organization.found(command.name(), command.slug(), clock.instant());
        return transactions.inTenant(org.id(), () -> {
            if (!organizations.insert(org)) {
                throw new DomainException.Conflict("slug_taken", "an organization with this slug already exists");
            }
            Membership owner = new Membership(org.id(), person.userId(), Role.OWNER, org.createdAt());
            memberships.insert(owner);
            Acting acting = new Acting(owner, Optional.empty(), caller.origin());
            auditor.record(acting, AuditAction.ORG_CREATED, "org", org.id(), Map.of("slug", org.slug().value()));
            return org;
        });
    }
}
