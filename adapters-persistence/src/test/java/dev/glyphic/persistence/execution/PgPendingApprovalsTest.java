package dev.glyphic.persistence.execution;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.execution.PendingApprovals;
import dev.glyphic.persistence.Sql;

class PgPendingApprovalsTest extends PendingApprovalsContract {
    @Override
    PendingApprovals approvals() {
        return new PgPendingApprovals(bean(Sql.class), new PgExecutions(bean(Sql.class)),
                new PgNodeRuns(bean(Sql.class)));
    }
}
