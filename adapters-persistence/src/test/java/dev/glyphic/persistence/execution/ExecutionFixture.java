package dev.glyphic.persistence.execution;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.Sql;
import dev.glyphic.persistence.testing.OrgFixture;
import dev.glyphic.persistence.testing.TestData;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A fresh org with a workspace and a workflow to hang executions on, the real adapters to store what a contract
 * needs around the port under test, and a superuser connection for what no port does (holding a row lock, a lease).
 */
final class ExecutionFixture {
    final Transactions tx = bean(Transactions.class);
    final PgExecutions executions = new PgExecutions(bean(Sql.class));
    final PgNodeRuns nodeRuns = new PgNodeRuns(bean(Sql.class));
    final UserId user;
    final OrgId org;
    final WorkspaceId workspace;
    final WorkflowId workflow = WorkflowId.random();
    private Instant clock = TestData.now();

    ExecutionFixture() {
        TestData data = new TestData();
        user = data.user().id();
        org = data.org(user);
        Workspace w = Workspace.open(org, DisplayName.of("Workspace"), TestData.slug(), TestData.now());
        inTenant(() -> bean(WorkspaceRepository.class).insert(w));
        workspace = w.id();
        superuser("insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, version, "
                + "is_valid, created_by, created_at, updated_by, updated_at) values (?, ?, ?, 'F', false, false, '{}', "
                + "1, true, ?, now(), ?, now())", org.value(), workflow.value(), workspace.value(), user.value(),
                user.value());
    }

    <T> T inTenant(Supplier<T> work) {
        return tx.inTenant(org, work);
    }

    void inTenant(Runnable work) {
        tx.inTenant(org, () -> {
            work.run();
            return null;
        });
    }

    /** A queued execution created at {@code at}, started by a person, with the given idempotency key. */
    ExecutionRecord queued(Instant at, Optional<String> idempotencyKey) {
        Execution e = Execution.queue(org, workspace, workflow, 1, TriggerType.MANUAL, Initiator.user(user), at);
        return new ExecutionRecord(e, new Json.Obj(Map.of("source", new Json.Str("test"))),
                new Json.Obj(Map.of("topic", new Json.Str("otters"))), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of("a", "b"), Optional.of(3), Duration.ofMinutes(5),
                Optional.empty(), idempotencyKey, idempotencyKey.map(k -> "digest-" + k), 0);
    }

    ExecutionRecord queued() {
        return queued(tick(), Optional.empty());
    }

    /** A millisecond later than the last tick: rows made one after another sort in that order. */
    Instant tick() {
        clock = clock.plusMillis(1);
        return clock;
    }

    /** Stores it, as the engine does when it starts one. */
    ExecutionRecord stored(ExecutionRecord execution) {
        if (!inTenant(() -> executions.insert(org, List.of(execution))).contains(execution.id())) {
            throw new IllegalStateException("not stored: " + execution.id());
        }
        return execution;
    }

    ExecutionRecord storedRunning() {
        ExecutionRecord queued = queued();
        return stored(queued.with(queued.execution().start(TestData.now())));
    }

    NodeRunRecord pending(ExecutionId execution, String nodeId) {
        return NodeRunRecord.of(NodeRun.pending(execution, nodeId, tick()),
                Optional.of(new Json.Str("in-" + nodeId)));
    }

    /** Stores the runs, as the engine does when it walks the graph on. */
    List<NodeRunRecord> storedRuns(NodeRunRecord... runs) {
        inTenant(() -> nodeRuns.insert(org, List.of(runs)));
        return List.of(runs);
    }

    /** Starts the pending run under {@code worker}'s lease, as a claim does; answers it as it now reads. */
    NodeRunRecord claimed(NodeRunRecord pending, String worker) {
        NodeRunRecord running = pending.with(pending.state().start(tick()));
        superuser("update node_runs set status = 'running', started_at = ?, locked_by = ?, "
                + "locked_until = now() + interval '1 minute' where id = ?",
                Timestamp.from(running.state().startedAt().orElseThrow()), worker,
                pending.state().id().value());
        return running;
    }

    static void superuser(String sql, Object... params) {
        TestData.execute(sql, params);
    }

    /**
     * Whether another connection can take the row's lock at once, without waiting: {@code select … for update nowait}
     * fails with lock_not_available while some transaction holds it.
     */
    static boolean rowLockFree(String table, Object id) {
        return OrgFixture.rowLockFree(table, id);
    }

    /** Runs {@code work} while another transaction holds the row's lock, as an ender does while it ends a run. */
    static void whileRowLocked(String table, Object id, Runnable work) {
        try (Connection su = TestDatabase.get().superuser()) {
            su.setAutoCommit(false);
            try (PreparedStatement s = su.prepareStatement("select 1 from " + table + " where id = ? for update")) {
                s.setObject(1, id);
                s.executeQuery().close();
                work.run();
            } finally {
                su.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
