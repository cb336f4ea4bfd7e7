package dev.glyphic.bootstrap.api.execution;

import static dev.glyphic.bootstrap.api.execution.Executions.awaitStatus;
import static dev.glyphic.bootstrap.api.execution.Executions.run;
import static dev.glyphic.bootstrap.api.execution.Executions.workflow;
import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Definitions.definition;
import static dev.glyphic.bootstrap.testing.Definitions.edge;
import static dev.glyphic.bootstrap.testing.Definitions.node;
import static dev.glyphic.bootstrap.testing.Expect.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a node may build and leave behind is bounded, and what the API shows of a failed node is where and why,
 * with its real duration, never a Java stack trace (issue #5).
 */
class NodeBoundsApiTest {
    private static final Api API = new Api();
    private static TestOrg org;
    private static Executions.Space space;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
        space = Executions.newSpace(API, org);
    }

    /** trigger.manual → data.set {@code node} with these values. */
    private static String setting(Map<String, Object> values) {
        return workflow(API, space, org.member(), definition(List.of(node("start", "trigger.manual", json()),
                        node("set", "data.set", json("values", values))),
                List.of(edge("start", "set"))));
    }

    private static JsonNode failedRun(Map<String, Object> values) {
        String id = status(201, run(API, space, org.member(), setting(values), null)).text("id");
        JsonNode failed = awaitStatus(API, space, org.member(), id, "failed");
        JsonNode set = Executions.run(failed, "set");
        assertEquals("failed", set.path("status").asText(), failed::toString);
        return failed;
    }

    @Test
    void aHugeRangeFailsItsNodeWithExpressionTooLargeInsteadOfFillingTheServer() {
        JsonNode failed = failedRun(json("v", "{{ [1..3000000] }}"));
        String error = Executions.run(failed, "set").path("error").asText();
        assertTrue(error.contains("expression_too_large"), error);
        assertTrue(failed.path("error").asText().contains("expression_too_large"), failed::toString);
        assertTrue(Executions.run(failed, "set").path("output").isNull(), "nothing of it was stored");
    }

    @Test
    void anOutputOverTheCapFailsItsNodeWithOutputTooLarge() {
        // Each range is within the expression limits; together, as JSON, they are 1.18 MB, over the 1 MiB cap.
        JsonNode failed = failedRun(json("a", "{{ [1..100000] }}", "b", "{{ [1..100000] }}"));
        JsonNode set = Executions.run(failed, "set");
        assertTrue(set.path("error").asText().startsWith("output_too_large: "), set::toString);
        assertTrue(set.path("output").isNull(), "the output was not stored: " + set.path("output").toString()
                .length() + " characters");
    }

    @Test
    void anOutputWithinTheCapIsKept() {
        String id = status(201, run(API, space, org.member(), setting(json("a", "{{ [1..100000] }}")), null))
                .text("id");
        JsonNode done = awaitStatus(API, space, org.member(), id, "succeeded");
        assertEquals(100_000, Executions.run(done, "set").path("output").path("a").size());
    }

    @Test
    void aNodeWhoseExpressionTimedOutShowsHowLongItRan() {
        // Tail recursion does not deepen: it runs until the expression's time limit (1 s) ends it.
        JsonNode failed = failedRun(json("v", "{{ ($f := function($x){ $f($x) }; $f(1)) }}"));
        JsonNode set = Executions.run(failed, "set");
        assertTrue(set.path("error").asText().contains("timeout"), set::toString);
        long duration = set.path("durationMs").asLong();
        assertTrue(duration >= 900 && duration < 30_000, "durationMs " + duration + " in " + set);
    }

    @Test
    void aFailedExecutionShowsWhereAndWhyItFailedAndNoJavaFrames() {
        JsonNode failed = failedRun(json("v", "{{ $error(\"stopped here\") }}"));
        String stack = failed.path("errorStack").asText();
        assertTrue(stack.startsWith("at node 'set' (data.set), attempt 1\n"), stack);
        assertTrue(stack.contains("stopped here"), stack);
        assertFalse(stack.contains("\tat ") || stack.contains(".java:"), stack);
    }

    @Test
    void anErrorStackStoredWithJavaFramesBeforeThisFixIsShownWithoutThem() {
        JsonNode failed = failedRun(json("v", "{{ $error(\"stopped here\") }}"));
        Transactions tx = TestServer.get().context().getBean(Transactions.class);
        // The port, not this package's Executions test helper.
        var executions = TestServer.get().context()
                .getBean(dev.glyphic.application.port.out.execution.Executions.class);
        OrgId orgId = new OrgId(UUID.fromString(org.id()));
        ExecutionId id = ExecutionId.parse(failed.path("id").asText());
        // What a node crash left in error_stack until now: the Java stack trace.
        tx.inTenant(orgId, () -> {
            ExecutionRecord stored = executions.find(orgId, id).orElseThrow();
            executions.update(orgId, stored.withErrorStack("""
                    at node 'set' (data.set), attempt 1
                    java.lang.IllegalStateException: boom
                    \tat dev.glyphic.application.engine.nodes.DataSetRunner.run(DataSetRunner.java:42)
                    \tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)
                    \t... 3 more
                    Caused by: java.io.UncheckedIOException: disk full
                    \tat dev.glyphic.Somewhere.write(Somewhere.java:7)"""));
            return null;
        });

        JsonNode shown = status(200, API.get(space.execution(id.toString())).as(org.member()).send()).json();
        assertEquals("""
                at node 'set' (data.set), attempt 1
                java.lang.IllegalStateException: boom
                Caused by: java.io.UncheckedIOException: disk full""", shown.path("errorStack").asText());
    }
}
