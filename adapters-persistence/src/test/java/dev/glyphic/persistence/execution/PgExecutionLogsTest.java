package dev.glyphic.persistence.execution;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.persistence.Sql;

class PgExecutionLogsTest extends ExecutionLogsContract {
    @Override
    ExecutionLogs logs() {
        return new PgExecutionLogs(bean(Sql.class));
    }
}
