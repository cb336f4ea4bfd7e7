package dev.glyphic.application.org;

import dev.glyphic.application.port.out.org.AuditLog;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.shared.Uuids;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Writes audit events inside the use case's transaction: the event exists exactly when the change does. */
public final class Auditor {
    private final AuditLog log;
    private final Clock clock;

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(Acting acting, AuditAction action, String targetType, Object targetId,
                       Map<String, String> details) {
        log.record(new AuditEvent(Uuids.v7(), acting.orgId(), acting.auditActor(), action.wireName(), targetType,
                Optional.ofNullable(targetId).map(Object::toString), details, clock.instant()));
    }
}
