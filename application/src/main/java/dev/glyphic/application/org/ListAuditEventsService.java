package dev.glyphic.application.org;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.port.in.ListAuditEvents;
import dev.glyphic.application.port.out.AuditLog;
import dev.glyphic.application.port.out.Transactions;
import dev.glyphic.application.shared.Cursors;
import dev.glyphic.application.shared.Page;
import dev.glyphic.application.shared.PageRequest;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.org.OrgId;

public final class ListAuditEventsService implements ListAuditEvents {
    private final Transactions transactions;
    private final OrgAccess access;
    private final AuditLog log;

    public ListAuditEventsService(Transactions transactions, OrgAccess access, AuditLog log) {
        this.transactions = transactions;
        this.access = access;
        this.log = log;
    }

    @Override
    public Page<AuditEvent> list(Caller caller, OrgId orgId, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.READ_AUDIT_LOG);
            return Page.of(log.list(orgId, page), page, e -> Cursors.encode(e.id()));
        });
    }
}
