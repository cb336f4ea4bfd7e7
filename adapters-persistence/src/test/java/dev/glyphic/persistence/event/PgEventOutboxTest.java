package dev.glyphic.persistence.event;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.event.EventOutbox;
import dev.glyphic.persistence.Sql;

class PgEventOutboxTest extends EventOutboxContract {
    @Override
    EventOutbox outbox() {
        return new PgEventOutbox(bean(Sql.class));
    }
}
