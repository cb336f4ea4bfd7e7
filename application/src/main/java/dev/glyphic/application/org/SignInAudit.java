package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.RequestOrigin;
import dev.glyphic.application.port.out.org.AuditLog;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.audit.AuditActor;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.Uuids;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-ins belong to a person, not to an organization, yet every organization they belong to wants to see them. The
 * event is written into each, one tenant transaction at a time, so no transaction ever spans two tenants.
 */
public final class SignInAudit {
    private final Transactions transactions;
    private final MembershipRepository memberships;
    private final AuditLog log;
    private final Clock clock;

    public SignInAudit(Transactions transactions, MembershipRepository memberships, AuditLog log, Clock clock) {
        this.transactions = transactions;
        this.memberships = memberships;
        this.log = log;
        this.clock = clock;
    }

    public void record(UserId userId, AuditAction action, RequestOrigin origin) {
        List<OrgId> orgs = transactions.asUser(userId, () -> memberships.orgsOf(userId));
        AuditActor actor = new AuditActor(Optional.of(userId.value()), Optional.empty(), origin.ip(),
                origin.userAgent());
        for (OrgId org : orgs) {
            transactions.inTenant(org, () -> {
                log.record(new AuditEvent(Uuids.v7(), org, actor, action.wireName(), "user",
                        Optional.of(userId.toString()), Map.of(), clock.instant()));
                return null;
            });
        }
    }
}
