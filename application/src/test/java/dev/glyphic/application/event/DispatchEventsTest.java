package dev.glyphic.application.event;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.in.event.DispatchEvents;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.testing.Definitions;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.persistence.testing.TestData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Events in the outbox start the workspace's listening {@code trigger.event} workflows whose filter passes, once
 * each, however many dispatchers run; chains of event-started runs end at the depth limit.
 */
class DispatchEventsTest {
    private static final EventLimits LIMITS = new EventLimits(100, Duration.ofSeconds(30), 3, Duration.ofDays(7));

    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final WorkspaceId space = given.workspace(org, owner);
    private final User admin = given.member(org, Role.ADMIN);

    @Test
    void aMatchingEventStartsTheWorkflowOnceWithTheEventAsItsInput() {
        Workflow onFailure = listener("execution.failed", "");
        Workflow onSuccess = listener("execution.succeeded", "");
        DomainEvent event = append(EventType.EXECUTION_FAILED, "failed", 0);

        DispatchEvents dispatch = app.dispatchEvents(LIMITS);
        dispatch.dispatch();
        dispatch.dispatch();

        List<String> runs = runsOf(onFailure);
        assertEquals(1, runs.size());
        Json.Obj data = (Json.Obj) JsonText.parse(runs.get(0));
        assertEquals(Json.of(event.id().toString()), ((Json.Obj) data.fields().get("event")).fields().get("id"));
        assertEquals(Json.of(1), data.fields().get("depth"));
        assertEquals(List.of(), runsOf(onSuccess));
        assertEquals(1, TestData.count("select count(*) from domain_events where id = ? and dispatched_at is not null",
                event.id().value()));
    }

    @Test
    void theFilterDecides() {
        Workflow picky = listener("execution.failed", "{{ $input.data.status = 'failed' and $input.data.n > 1 }}");
        append(EventType.EXECUTION_FAILED, "failed", 0, 1);
        append(EventType.EXECUTION_FAILED, "failed", 0, 2);

        app.dispatchEvents(LIMITS).dispatch();

        assertEquals(1, runsOf(picky).size());
    }

    @Test
    void twoDispatchersRacingStartEachReactionOnce() throws Exception {
        Workflow listener = listener("execution.succeeded", "");
        for (int i = 0; i < 60; i++) {
            append(EventType.EXECUTION_SUCCEEDED, "succeeded", 0);
        }
        DispatchEvents a = app.dispatchEvents(new EventLimits(7, Duration.ofSeconds(30), 3, Duration.ofDays(7)));
        DispatchEvents b = app.dispatchEvents(new EventLimits(7, Duration.ofSeconds(30), 3, Duration.ofDays(7)));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int round = 0; round < 12; round++) {
                List<Callable<Integer>> racers = List.of(a::dispatch, b::dispatch, a::dispatch, b::dispatch);
                for (Future<Integer> done : pool.invokeAll(racers)) {
                    done.get();
                }
            }
        }

        assertEquals(60, runsOf(listener).size());
        assertEquals(60, TestData.count("select count(distinct trigger_data->'event'->>'id') from executions "
                + "where workflow_id = ?", listener.id().value()));
    }

    @Test
    void aChainOfEventStartedRunsEndsAtTheDepthLimitAndInactiveWorkflowsHearNothing() {
        Workflow listener = listener("execution.failed", "");
        Workflow off = setActive(listener("execution.failed", ""), false);
        append(EventType.EXECUTION_FAILED, "failed", 2);
        append(EventType.EXECUTION_FAILED, "failed", 3);

        app.dispatchEvents(LIMITS).dispatch();

        List<String> runs = runsOf(listener);
        assertEquals(1, runs.size(), "depth 3 is the limit: only the depth-2 event starts a run");
        assertTrue(runs.get(0).contains("\"depth\": 3"), runs.get(0));
        assertEquals(List.of(), runsOf(off));
    }

    private DomainEvent append(EventType type, String status, int depth) {
        return append(type, status, depth, 0);
    }

    private DomainEvent append(EventType type, String status, int depth, int n) {
        DomainEvent event = DomainEvent.of(org, space, type, UUID.randomUUID(), new Json.Obj(Map.of("status",
                Json.of(status), "n", Json.of(n))), depth, app.clock.instant());
        app.transactions.inTenant(org, () -> {
            app.eventOutbox.append(event);
            return null;
        });
        return event;
    }

    private Workflow listener(String event, String filter) {
        String fields = filter.isEmpty() ? "{\"event\": \"%s\"}".formatted(event)
                : "{\"event\": \"%s\", \"filter\": \"%s\"}".formatted(event, filter);
        Json.Obj definition = Definitions.parse("""
                {"nodes": [%s, %s], "edges": [%s], "groups": [], "config": {}, "metadata": {}}
                """.formatted(Definitions.node("on", "trigger.event", fields),
                Definitions.node("check", "logic.if", "{\"condition\": \"{{ $input.type != null }}\"}"),
                Definitions.edge("on", "check")));
        return app.createWorkflow().create(as(admin), org, space, new CreateWorkflow.Command(
                DisplayName.of("Listener " + UUID.randomUUID()), "", Tags.none(), true, false, definition, false, ""));
    }

    private Workflow setActive(Workflow current, boolean active) {
        return app.updateWorkflow().update(as(admin), org, space, current.id(), new UpdateWorkflow.Command(
                Optional.of(current.version()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(active), Optional.empty(), Optional.empty(), false, Optional.empty()));
    }

    private List<String> runsOf(Workflow workflow) {
        return TestData.texts("select trigger_data::text from executions where org_id = ? and workflow_id = ? "
                + "and trigger_type = 'event' order by created_at", org.value(), workflow.id().value());
    }
}
