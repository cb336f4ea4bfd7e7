package dev.glyphic.persistence.execution;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.persistence.Sql;

class PgWorkQueueTest extends WorkQueueContract {
    @Override
    WorkQueue queue() {
        return new PgWorkQueue(bean(Transactions.class), bean(Sql.class), TenantCeilings.DEFAULT);
    }
}
