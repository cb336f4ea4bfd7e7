package dev.glyphic.application.port.out.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.org.OrgId;
import java.util.List;

/** Append-only record of what happened in each organization, newest first when read. */
public interface AuditLog {

    void record(AuditEvent event);

    List<AuditEvent> list(OrgId orgId, PageRequest page);
}
