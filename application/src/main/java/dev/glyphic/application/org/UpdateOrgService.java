package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.UpdateOrg;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.ExecutionLimits;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

public final class UpdateOrgService implements UpdateOrg {
    private final Transactions transactions;
    private final OrgAccess access;
    private final OrganizationRepository organizations;
    private final Auditor auditor;
    private final Clock clock;
    private final TenantCeilings ceilings;

    public UpdateOrgService(Transactions transactions, OrgAccess access, OrganizationRepository organizations,
                            Auditor auditor, Clock clock, TenantCeilings ceilings) {
        this.ceilings = ceilings;
        this.transactions = transactions;
        this.access = access;
        this.organizations = organizations;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Organization update(Caller caller, OrgId orgId, Command command) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId).require(Action.MANAGE_ORG_SETTINGS);
            Organization current = organizations.find(orgId)
                    .orElseThrow(() -> new DomainException.NotFound("organization"));
            Instant now = clock.instant();
            Organization updated = current.rename(command.name().orElse(null), command.slug().orElse(null), now)
                    .limitExecutions(current.executionLimits().amendWithin(ceilings,
                            command.maxConcurrentExecutions().orElse(null),
                            command.executionRetentionDays().orElse(null)), now);
            if (!organizations.update(updated)) {
                throw new DomainException.Conflict("slug_taken", "an organization with this slug already exists");
            }
            ExecutionLimits limits = updated.executionLimits();
            auditor.record(acting, AuditAction.ORG_UPDATED, "org", orgId, Map.of("name", updated.name().value(),
                    "slug", updated.slug().value(),
                    "maxConcurrentExecutions", String.valueOf(limits.maxConcurrentExecutions()),
                    "executionRetentionDays", String.valueOf(limits.retentionDays())));
            return updated;
        });
    }
}
