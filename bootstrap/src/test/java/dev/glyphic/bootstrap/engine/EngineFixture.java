package dev.glyphic.bootstrap.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.glyphic.application.engine.ExecutionEnder;
import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.Await;
import dev.glyphic.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One organization (its owner alone) with a workspace, made through the API, and the engine's beans of the shared
 * test server to start, end and read its executions through the engine's Java API. Each test makes its own, so
 * that what it reads is its own rows.
 */
final class EngineFixture {
    final ApplicationContext context = TestServer.get().context();
    final Transactions tx = context.getBean(Transactions.class);
    final ExecutionStarter starter = context.getBean(ExecutionStarter.class);
    final ExecutionEnder ender = context.getBean(ExecutionEnder.class);
    final WorkflowRepository workflows = context.getBean(WorkflowRepository.class);
    final Executions executions = context.getBean(Executions.class);
    final NodeRuns nodeRuns = context.getBean(NodeRuns.class);
    final ExecutionLogs logs = context.getBean(ExecutionLogs.class);
    final WorkQueue queue = context.getBean(WorkQueue.class);
    final EngineSignals signals = context.getBean(EngineSignals.class);
    final OrgId orgId;
    final WorkspaceId workspaceId;
    final UserId owner;
    private final Api api;
    private final TestUser ownerUser;
    private final String workspacePath;

    private EngineFixture(Api api, TestUser owner, String orgId, String workspaceId) {
        this.api = api;
        this.ownerUser = owner;
        this.orgId = new OrgId(UUID.fromString(orgId));
        this.workspaceId = new WorkspaceId(UUID.fromString(workspaceId));
        this.owner = new UserId(UUID.fromString(owner.id()));
        this.workspacePath = "/api/v1/orgs/" + orgId + "/workspaces/" + workspaceId;
    }

    static EngineFixture create() {
        Api api = new Api();
        TestUser owner = TestUser.signUp(api);
        String slug = "eng-" + UUID.randomUUID().toString().substring(0, 12);
        Api.Reply org = api.post("/api/v1/orgs", Api.json("name", "Org " + slug, "slug", slug)).as(owner).send();
        assertEquals(201, org.status(), org::toString);
        Api.Reply ws = api.post("/api/v1/orgs/" + org.text("id") + "/workspaces", Api.json("name", "W", "slug", slug))
                .as(owner).send();
        assertEquals(201, ws.status(), ws::toString);
        return new EngineFixture(api, owner, org.text("id"), ws.text("id"));
    }

    // --- workflows -------------------------------------------------------------------------------------------------






    WorkflowId workflow(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        return workflow(nodes, edges, Map.of());
    }

    /** A workflow with this graph and {@code config.execution}; refuses one the validator does not pass. */
    WorkflowId workflow(List<Map<String, Object>> nodes, List<Map<String, Object>> edges,
                        Map<String, Object> execution) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("nodes", nodes);
        definition.put("edges", edges);
        if (!execution.isEmpty()) {
            definition.put("config", Map.of("execution", execution));
        }
        Api.Reply created = api.post(workspacePath + "/workflows", Map.of("name", "W " + UUID.randomUUID(),
                "definition", definition)).as(ownerUser).send();
        assertEquals(201, created.status(), created::toString);
        WorkflowId id = new WorkflowId(UUID.fromString(created.text("id")));
        Workflow workflow = tx.inTenant(orgId, () -> workflows.find(orgId, workspaceId, id).orElseThrow());
        if (!workflow.valid()) {
            fail("the test's workflow does not validate: " + created);
        }
        return id;
    }

    // --- executions ------------------------------------------------------------------------------------------------

    ExecutionRecord start(WorkflowId workflowId, Json input) {
        return startFull(workflowId, input).execution();
    }

    ExecutionStarter.Started startFull(WorkflowId workflowId, Json input) {
        return tx.inTenant(orgId, () -> {
            Workflow w = workflows.find(orgId, workspaceId, workflowId).orElseThrow();
            return starter.start(new ExecutionStarter.Request(orgId, workspaceId, w, w.version(), TriggerType.MANUAL,
                    Initiator.user(owner), Json.NULL, input, Optional.empty(), Optional.empty(), Optional.empty(),
                    "test", Instant.now()));
        });
    }

    /** Starts {@code count} executions of the workflow in one transaction. */
    void startMany(WorkflowId workflowId, int count) {
        tx.inTenant(orgId, () -> {
            Workflow w = workflows.find(orgId, workspaceId, workflowId).orElseThrow();
            for (int i = 0; i < count; i++) {
                starter.start(new ExecutionStarter.Request(orgId, workspaceId, w, w.version(), TriggerType.MANUAL,
                        Initiator.user(owner), Json.NULL, Json.NULL, Optional.empty(), Optional.empty(),
                        Optional.empty(), "test", Instant.now()));
            }
            return null;
        });
    }

    Optional<ExecutionRecord> cancel(ExecutionId id) {
        return tx.inTenant(orgId, () -> ender.cancel(orgId, id, "cancelled by the test", Instant.now()));
    }

    ExecutionRecord find(ExecutionId id) {
        return tx.inTenant(orgId, () -> executions.find(orgId, id).orElseThrow());
    }

    List<NodeRunRecord> runs(ExecutionId id) {
        return tx.inTenant(orgId, () -> nodeRuns.ofExecution(orgId, id));
    }

    Optional<NodeRunRecord> run(ExecutionId id, String nodeId) {
        return runs(id).stream().filter(r -> r.nodeId().equals(nodeId)).findFirst();
    }

    List<LogEntry> logs(ExecutionId id) {
        return tx.inTenant(orgId, () -> logs.list(orgId, id, Optional.empty(), 1000));
    }

    ExecutionRecord awaitFinal(ExecutionId id) {
        return awaitExecution(id, "to end", e -> e.execution().isFinal());
    }

    ExecutionRecord awaitStatus(ExecutionId id, ExecutionStatus status) {
        return awaitExecution(id, "to be " + status, e -> e.execution().status() == status);
    }

    ExecutionRecord awaitExecution(ExecutionId id, String what, Predicate<ExecutionRecord> condition) {
        return Await.until("execution " + id + " " + what, () -> Optional.of(find(id)).filter(condition),
                () -> "it is " + find(id).execution() + " with runs " + runs(id).stream().map(NodeRunRecord::state)
                        .toList());
    }

    NodeRunRecord awaitRun(ExecutionId id, String nodeId, Predicate<NodeRunRecord> condition, String what) {
        return Await.until("node " + nodeId + " of " + id + " " + what, () -> run(id, nodeId).filter(condition),
                () -> "its runs are " + runs(id).stream().map(NodeRunRecord::state).toList());
    }

    // --- behind the engine's back ------------------------------------------------------------------------------------

    /** A statement as the database superuser, past Row Level Security: the test's own view of every tenant. */
    static int superuser(String statement, Object... parameters) {
        try (Connection db = TestDatabase.get().superuser(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement + " " + Arrays.toString(parameters), e);
        }
    }

    /** A count as the database superuser. */
    static long count(String query, Object... parameters) {
        try (Connection db = TestDatabase.get().superuser(); PreparedStatement s = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query + " " + Arrays.toString(parameters), e);
        }
    }

    /**
     * One admission round, for certain: waits for the admission lock that engine_admit only tries for (so no
     * engine's round can make this one a no-op), then admits in the same transaction, which holds the lock already.
     */
    static void admitNow() {
        try (Connection db = TestDatabase.get().superuser()) {
            db.setAutoCommit(false);
            try (var s = db.createStatement()) {
                s.execute("select pg_advisory_xact_lock(hashtext('glyphic.engine.admission'))");
                s.execute("select engine_admit(8)");
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("admission failed", e);
        }
    }

    UUID org() {
        return orgId.value();
    }

    static List<String> messages(List<LogEntry> logs) {
        List<String> messages = new ArrayList<>();
        logs.forEach(l -> messages.add(l.level() + " " + l.nodeId().orElse("-") + " " + l.message()));
        return messages;
    }
}
