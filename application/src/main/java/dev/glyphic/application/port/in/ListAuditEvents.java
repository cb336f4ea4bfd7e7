package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.shared.Page;
import dev.glyphic.application.shared.PageRequest;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.org.OrgId;

/** The organization's audit trail, newest first. Admins and owners. */
public interface ListAuditEvents {

    Page<AuditEvent> list(Caller caller, OrgId orgId, PageRequest page);
}
