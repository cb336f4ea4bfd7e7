package dev.glyphic.persistence.trigger;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.trigger.TriggerRegistrations;
import dev.glyphic.persistence.Sql;

class PgTriggerRegistrationsTest extends TriggerRegistrationsContract {
    @Override
    TriggerRegistrations registrations() {
        return new PgTriggerRegistrations(bean(Transactions.class), bean(Sql.class));
    }
}
