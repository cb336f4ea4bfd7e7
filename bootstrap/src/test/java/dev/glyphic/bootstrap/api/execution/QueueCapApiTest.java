package dev.glyphic.bootstrap.api.execution;

import static dev.glyphic.bootstrap.api.execution.Executions.run;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.retryAfter;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An organization may have at most GLYPHIC_ORG_MAX_QUEUED_EXECUTIONS (1,000 by default, as on the test server)
 * executions queued: one more is a 429 with Retry-After, whatever would start it.
 */
class QueueCapApiTest {
    private static final Api API = new Api();
    private static final int CAP = 1_000;

    private TestOrg org;

    @AfterEach
    void drainTheQueue() {
        if (org != null) {
            superuser("delete from executions where org_id = ? and status = 'queued'", UUID.fromString(org.id()));
        }
    }

    @Test
    void aRunAReplayOrARetryBeyondTheQueueCapIsA429WithRetryAfterAndNothingIsQueued() {
        org = TestOrg.create(API);
        Executions.Space space = Executions.newSpace(API, org);
        // One run at a time, each waiting a day: the first holds the slot, and whatever follows stays queued.
        String workflow = Executions.workflow(API, space, org.member(), json(
                "nodes", List.of(node("start", "trigger.manual", json()),
                        node("wait", "flow.delay", json("duration", "P1D"))),
                "edges", List.of(edge("start", "wait")),
                "config", json("execution", json("concurrency", json("limit", 1, "policy", "queue")))));
        String failing = Executions.workflow(API, space, org.member(), json(
                "nodes", List.of(node("start", "trigger.manual", json()),
                        node("boom", "data.set", json("values", json("v", "{{ $error('boom') }}")))),
                "edges", List.of(edge("start", "boom"))));
        String failed = status(201, run(API, space, org.member(), failing, json())).text("id");
        Executions.awaitStatus(API, space, org.member(), failed, "failed");
        String first = status(201, run(API, space, org.member(), workflow, json())).text("id");
        Executions.awaitStatus(API, space, org.member(), first, "waiting");
        String queued = status(201, run(API, space, org.member(), workflow, json())).text("id");
        fillQueue(workflow, CAP - 2);
        // The last place in the queue.
        status(201, run(API, space, org.member(), workflow, json()));

        Api.Reply refused = run(API, space, org.member(), workflow, json());
        assertQueueFull(refused);
        assertQueueFull(API.post(space.execution(first) + "/replay", null).as(org.member()).send());
        assertQueueFull(API.post(space.execution(failed) + "/retry", null).as(org.member()).send());
        assertEquals("failed", status(200, API.get(space.execution(failed)).as(org.member()).send()).text("status"),
                "the refused retry left it as it was");
        assertEquals(CAP, queuedOf(org), "nothing more was queued");

        status(200, API.post(space.execution(queued) + "/cancel", null).as(org.member()).send());
        status(201, run(API, space, org.member(), workflow, json()));
    }

    private static void assertQueueFull(Api.Reply reply) {
        problem(429, "queue-full", reply);
        retryAfter(reply);
        assertTrue(reply.json().path("detail").asText().contains(String.valueOf(CAP)), reply::toString);
    }

    /** Queued runs of the workflow (by its schedule, say), as its concurrency limit leaves them behind a flood. */
    private void fillQueue(String workflow, int count) {
        superuser("insert into executions (org_id, id, workspace_id, workflow_id, workflow_version, status, "
                + "trigger_type, trigger_data, input, entry_nodes, concurrency_limit, timeout_ms, created_at) "
                + "select w.org_id, gen_random_uuid(), w.workspace_id, w.id, w.version, 'queued', 'schedule', "
                + "'null', 'null', '{start}', 1, 86400000, now() from workflows w, generate_series(1, " + count
                + ") where w.org_id = ? and w.id = ?", UUID.fromString(org.id()), UUID.fromString(workflow));
    }

    private static long queuedOf(TestOrg org) {
        try (Connection db = TestDatabase.get().superuser(); PreparedStatement s = db.prepareStatement(
                "select count(*) from executions where org_id = ? and status = 'queued'")) {
            s.setObject(1, UUID.fromString(org.id()));
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void superuser(String statement, Object... parameters) {
        try (Connection db = TestDatabase.get().superuser(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
