package dev.glyphic.persistence.execution;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.persistence.Sql;

class PgNodeRunsTest extends NodeRunsContract {
    @Override
    NodeRuns nodeRuns() {
        return new PgNodeRuns(bean(Sql.class));
    }
}
