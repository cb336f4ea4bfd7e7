package dev.glyphic.persistence.execution;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.execution.ExecutionOutputs;
import dev.glyphic.persistence.Sql;

class PgExecutionOutputsTest extends ExecutionOutputsContract {
    @Override
    ExecutionOutputs outputs() {
        return new PgExecutionOutputs(bean(Sql.class));
    }
}
