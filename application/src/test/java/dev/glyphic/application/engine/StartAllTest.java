package dev.glyphic.application.engine;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.engine.ExecutionStarter.Attempt;
import dev.glyphic.application.engine.ExecutionStarter.Refused;
import dev.glyphic.application.engine.ExecutionStarter.Started;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.testing.Definitions;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Starts of one org written together ({@link ExecutionStarter#startAll}): each answers what became of it alone, as
 * if it had been started by itself, and one refused refuses nothing else.
 */
class StartAllTest {
    private static final int QUEUE_CAP = 5;

    private final UseCases app = new UseCases(new TenantCeilings(100, 365, QUEUE_CAP, 10));
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final WorkspaceId space = given.workspace(org, owner);
    private final ExecutionStarter starter = app.executionStarter();

    @Test
    void aGroupStartsEachRequestOnceAnswersRepeatsAndCountsEveryWorkflow() {
        Workflow first = workflow(Definitions.valid());
        Workflow second = workflow(Definitions.valid());
        Started earlier = start(request(first, Optional.of("k-earlier"), "a"));

        List<Attempt> attempts = startAll(List.of(
                request(first, Optional.of("k-earlier"), "a"),
                request(first, Optional.of("k-new"), "b"),
                request(second, Optional.of("k-new"), "b"),
                request(second, Optional.empty(), "c")));

        Started repeat = assertInstanceOf(Started.class, attempts.get(0));
        assertTrue(repeat.repeated());
        assertEquals(earlier.execution().id(), repeat.execution().id());
        Started fresh = assertInstanceOf(Started.class, attempts.get(1));
        assertFalse(fresh.repeated());
        Started sameKeyInTheGroup = assertInstanceOf(Started.class, attempts.get(2));
        assertTrue(sameKeyInTheGroup.repeated(), "a key twice in one group starts one run");
        assertEquals(fresh.execution().id(), sameKeyInTheGroup.execution().id());
        Started unkeyed = assertInstanceOf(Started.class, attempts.get(3));
        assertNotEquals(fresh.execution().id(), unkeyed.execution().id());
        assertEquals(3, queued(), "the earlier run, and two new ones");
        assertEquals(2, executionCount(first), "the earlier start and one of the group's");
        assertEquals(1, executionCount(second));
    }

    @Test
    void aKeyReusedForAnotherRequestAndAnInvalidWorkflowRefuseOnlyThemselves() {
        Workflow valid = workflow(Definitions.valid());
        Workflow draft = app.createWorkflow().create(as(owner), org, space, new CreateWorkflow.Command(
                DisplayName.of("Draft"), "", Tags.none(), false, false, Definitions.withoutTrigger(), true, ""));
        start(request(valid, Optional.of("k-1"), "one thing"));

        List<Attempt> attempts = startAll(List.of(
                request(valid, Optional.of("k-1"), "another thing"),
                request(draft, Optional.empty(), "x"),
                request(valid, Optional.empty(), "y")));

        assertEquals("idempotency_key_reused", conflictCode(attempts.get(0)));
        assertEquals("workflow_invalid", conflictCode(attempts.get(1)));
        assertFalse(assertInstanceOf(Started.class, attempts.get(2)).repeated());
        assertEquals(2, queued());
    }

    @Test
    void theQueueIsCountedOnceAndItsRoomSharedInOrder() {
        Workflow workflow = workflow(Definitions.valid());
        start(request(workflow, Optional.empty(), "already queued"));
        List<ExecutionStarter.Request> group = new ArrayList<>();
        for (int i = 0; i < QUEUE_CAP + 2; i++) {
            group.add(request(workflow, Optional.empty(), "n" + i));
        }

        List<Attempt> attempts = startAll(group);

        for (int i = 0; i < QUEUE_CAP - 1; i++) {
            assertInstanceOf(Started.class, attempts.get(i), "room for " + (QUEUE_CAP - 1) + " more");
        }
        for (int i = QUEUE_CAP - 1; i < attempts.size(); i++) {
            DomainException reason = assertInstanceOf(Refused.class, attempts.get(i)).reason();
            assertEquals("queue_full", assertInstanceOf(DomainException.RateLimited.class, reason).code());
        }
        assertEquals(QUEUE_CAP, queued());
    }

    @Test
    void underAConcurrencyPolicyEachStartOfTheGroupSeesTheOnesBeforeIt() {
        Json.Obj oneAtATime = Definitions.parse("""
                {"nodes": [%s, %s], "edges": [%s], "groups": [],
                 "config": {"execution": {"concurrency": {"limit": 1, "policy": "skip"}}}, "metadata": {}}
                """.formatted(Definitions.node("start", "trigger.manual", "{}"),
                Definitions.node("check", "logic.if", "{\"condition\": \"{{ $input.ok }}\"}"),
                Definitions.edge("start", "check")));
        Workflow workflow = workflow(oneAtATime);

        List<Attempt> attempts = startAll(List.of(request(workflow, Optional.empty(), "a"),
                request(workflow, Optional.empty(), "b")));

        assertEquals(ExecutionStatus.QUEUED,
                assertInstanceOf(Started.class, attempts.get(0)).execution().execution().status());
        assertEquals(ExecutionStatus.CANCELLED,
                assertInstanceOf(Started.class, attempts.get(1)).execution().execution().status(),
                "the second start saw the first one unfinished and was skipped");
    }

    private Started start(ExecutionStarter.Request request) {
        return app.transactions.inTenant(org, () -> starter.start(request));
    }

    private List<Attempt> startAll(List<ExecutionStarter.Request> requests) {
        return app.transactions.inTenant(org, () -> starter.startAll(org, requests));
    }

    private ExecutionStarter.Request request(Workflow workflow, Optional<String> key, String digest) {
        Workflow current = app.transactions.inTenant(org, () -> app.workflows.find(org, space, workflow.id()))
                .orElseThrow();
        return new ExecutionStarter.Request(org, space, current, current.version(), TriggerType.WEBHOOK,
                Initiator.SYSTEM, Json.NULL, Json.NULL, Optional.empty(), Optional.empty(), key, digest,
                Instant.now());
    }

    private Workflow workflow(Json.Obj definition) {
        return app.createWorkflow().create(as(owner), org, space, new CreateWorkflow.Command(DisplayName.of("Go"),
                "", Tags.none(), false, false, definition, false, ""));
    }

    private static String conflictCode(Attempt attempt) {
        return assertInstanceOf(DomainException.Conflict.class, assertInstanceOf(Refused.class, attempt).reason())
                .code();
    }

    private int queued() {
        return app.transactions.inTenant(org, () -> app.executions.countQueued(org, 100));
    }

    private long executionCount(Workflow workflow) {
        return app.transactions.inTenant(org, () -> app.workflows.find(org, space, workflow.id())).orElseThrow()
                .executionCount();
    }
}
