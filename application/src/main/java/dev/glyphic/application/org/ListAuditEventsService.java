package dev.glyphic.application.org;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ListAuditEvents;
import dev.glyphic.application.port.out.org.AuditLog;
import dev.glyphic.application.port.out.transaction.Transactions;
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
