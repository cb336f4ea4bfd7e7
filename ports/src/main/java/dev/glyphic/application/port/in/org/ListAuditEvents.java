package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.org.OrgId;

/** The organization's audit trail, newest first. Admins and owners. */
public interface ListAuditEvents {

    Page<AuditEvent> list(Caller caller, OrgId orgId, PageRequest page);
}
