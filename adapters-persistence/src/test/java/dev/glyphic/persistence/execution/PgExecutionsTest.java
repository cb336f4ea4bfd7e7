package dev.glyphic.persistence.execution;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.persistence.Sql;

class PgExecutionsTest extends ExecutionsContract {
    @Override
    Executions executions() {
        return new PgExecutions(bean(Sql.class));
    }
}
