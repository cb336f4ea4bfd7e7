package dev.glyphic.application.execution;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.in.execution.RunWorkflow;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.testing.Definitions;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules of running a workflow by hand: an idempotency key answers a repeat with the execution it started and refuses
 * reuse for another request; only a valid workflow runs, and only by members; an organization's queue holds no more
 * than the operator's cap. No engine runs here, so whatever starts stays queued.
 */
class RunWorkflowTest {
    private static final int QUEUE_CAP = 3;

    private final UseCases app = new UseCases(new TenantCeilings(100, 365, QUEUE_CAP, 10));
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final WorkspaceId space = given.workspace(org, owner);
    private final User member = given.member(org, Role.MEMBER);

    @Test
    void anIdempotencyKeyAnswersARepeatWithTheExecutionItStarted() {
        WorkflowId workflow = workflow(Definitions.valid(), false);
        RunWorkflow.Command command = new RunWorkflow.Command(Json.of("hello"), Optional.of("key-1"));

        RunWorkflow.Outcome first = app.runWorkflow().run(as(member), org, space, workflow, command);
        RunWorkflow.Outcome repeat = app.runWorkflow().run(as(member), org, space, workflow, command);

        assertInstanceOf(RunWorkflow.Outcome.Started.class, first);
        assertInstanceOf(RunWorkflow.Outcome.Repeated.class, repeat);
        assertEquals(first.execution().id(), repeat.execution().id());
        assertEquals(1, queued(), "one execution, however often the request came");
        assertEquals(Optional.of(first.execution().id()), Optional.ofNullable(app.transactions.inTenant(org,
                () -> app.executions.findByIdempotencyKeys(org, List.of("manual:key-1"))).get("manual:key-1"))
                .map(found -> found.id()),
                "a person's key is stored in its own namespace, apart from the keys webhooks and schedules derive");
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        WorkflowId workflow = workflow(Definitions.valid(), false);
        app.runWorkflow().run(as(member), org, space, workflow,
                new RunWorkflow.Command(Json.of("hello"), Optional.of("key-2")));

        DomainException.Conflict refused = assertThrows(DomainException.Conflict.class, () -> app.runWorkflow()
                .run(as(member), org, space, workflow, new RunWorkflow.Command(Json.of("bye"), Optional.of("key-2"))));

        assertEquals("idempotency_key_reused", refused.code());
        assertEquals(1, queued());
    }

    @Test
    void withoutAKeyEveryRequestStartsAnExecution() {
        WorkflowId workflow = workflow(Definitions.valid(), false);
        RunWorkflow.Command command = new RunWorkflow.Command(Json.NULL, Optional.empty());

        assertNotEquals(app.runWorkflow().run(as(member), org, space, workflow, command).execution().id(),
                app.runWorkflow().run(as(member), org, space, workflow, command).execution().id());
        assertEquals(2, queued());
    }

    @Test
    void anInvalidWorkflowDoesNotRun() {
        WorkflowId draft = workflow(Definitions.withoutTrigger(), true);

        DomainException.Conflict refused = assertThrows(DomainException.Conflict.class, () -> app.runWorkflow()
                .run(as(member), org, space, draft, new RunWorkflow.Command(Json.NULL, Optional.empty())));

        assertEquals("workflow_invalid", refused.code());
        assertEquals(0, queued());
    }

    @Test
    void aViewerCannotRunAWorkflow() {
        WorkflowId workflow = workflow(Definitions.valid(), false);

        assertThrows(DomainException.Forbidden.class, () -> app.runWorkflow().run(as(given.member(org, Role.VIEWER)),
                org, space, workflow, new RunWorkflow.Command(Json.NULL, Optional.empty())));
        assertEquals(0, queued());
    }

    @Test
    void beyondTheQueueCapARunIsRefusedAndNothingIsQueued() {
        WorkflowId workflow = workflow(Definitions.valid(), false);
        RunWorkflow.Command command = new RunWorkflow.Command(Json.NULL, Optional.empty());
        fillQueue(workflow, command);

        DomainException.RateLimited refused = assertThrows(DomainException.RateLimited.class,
                () -> app.runWorkflow().run(as(member), org, space, workflow, command));

        assertEquals("queue_full", refused.code());
        assertTrue(refused.retryAfter().isPositive(), () -> "retry after " + refused.retryAfter());
        assertTrue(refused.getMessage().contains(String.valueOf(QUEUE_CAP)), refused::getMessage);
        assertEquals(QUEUE_CAP, queued(), "nothing more was queued");
    }

    @Test
    void theQueueCapCountsPerOrganization() {
        WorkflowId workflow = workflow(Definitions.valid(), false);
        RunWorkflow.Command command = new RunWorkflow.Command(Json.NULL, Optional.empty());
        fillQueue(workflow, command);
        User other = given.person();
        OrgId theirs = given.org(other);
        WorkspaceId theirSpace = given.workspace(theirs, other);
        WorkflowId theirWorkflow = app.createWorkflow().create(as(other), theirs, theirSpace, new CreateWorkflow
                .Command(DisplayName.of("Theirs"), "", Tags.none(), false, false, Definitions.valid(), false, ""))
                .id();

        assertInstanceOf(RunWorkflow.Outcome.Started.class,
                app.runWorkflow().run(as(other), theirs, theirSpace, theirWorkflow, command));
    }

    private WorkflowId workflow(Json.Obj definition, boolean draft) {
        return app.createWorkflow().create(as(member), org, space, new CreateWorkflow.Command(DisplayName.of("Run me"),
                "", Tags.none(), false, false, definition, draft, "")).id();
    }

    private void fillQueue(WorkflowId workflow, RunWorkflow.Command command) {
        for (int i = 0; i < QUEUE_CAP; i++) {
            app.runWorkflow().run(as(member), org, space, workflow, command);
        }
    }

    /** Executions of the org waiting to start, as the queue cap counts them. */
    private int queued() {
        return app.transactions.inTenant(org, () -> app.executions.countQueued(org, 100));
    }
}
