package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.org.AuditLog;

/** The AuditLog contract, run against the PostgreSQL adapter. */
class PgAuditLogTest extends AuditLogContract {
    @Override
    protected AuditLog adapter() {
        return bean(PgAuditLog.class);
    }
}
