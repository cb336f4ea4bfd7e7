package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.domain.execution.Execution;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionSettings;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Queues new executions, whatever started them (a person, a replay, a parent's sub-workflow node; later webhooks,
 * schedules and campaigns), and applies the workflow's concurrency policy on the way in. Must run inside the tenant
 * transaction of the org. Admission (quotas, fairness) happens later, in the engine.
 */
public final class ExecutionStarter {
    private final Executions executions;
    private final ExecutionLogs logs;
    private final WorkflowRepository workflowRepository;
    private final PinnedWorkflows workflows;
    private final ExecutionEnder ender;
    private final EngineSignals signals;
    private final QueueCap queueCap;
    private final int maxDepth;

    /**
     * @param queueCap the org's queue must have room for every new execution
     * @param maxDepth how many levels of sub-workflow runs may hang below a run started otherwise
     */
    public ExecutionStarter(Executions executions, ExecutionLogs logs, WorkflowRepository workflowRepository,
                            PinnedWorkflows workflows, ExecutionEnder ender, EngineSignals signals, QueueCap queueCap,
                            int maxDepth) {
        this.executions = executions;
        this.logs = logs;
        this.workflowRepository = workflowRepository;
        this.workflows = workflows;
        this.ender = ender;
        this.signals = signals;
        this.queueCap = queueCap;
        this.maxDepth = maxDepth;
    }

    /**
     * What to start.
     *
     * @param version        the version to pin; the workflow's current one for a new run
     * @param idempotencyKey the request's key; a repeat of the same request answers the execution it started
     * @param requestDigest  what the request asked for, so a key reused for something else is refused
     */
    public record Request(OrgId orgId, WorkspaceId workspaceId, Workflow workflow, int version,
                          TriggerType triggerType, Initiator initiator, Json triggerData, Json input,
                          Optional<ExecutionRecord.ParentLink> parent, Optional<ExecutionId> replayOf,
                          Optional<String> idempotencyKey, String requestDigest, Instant now) {
        public Request {
            Objects.requireNonNull(orgId);
            Objects.requireNonNull(workspaceId);
            Objects.requireNonNull(workflow);
            Objects.requireNonNull(triggerType);
            Objects.requireNonNull(initiator);
            Objects.requireNonNull(triggerData);
            Objects.requireNonNull(input);
            Objects.requireNonNull(parent);
            Objects.requireNonNull(replayOf);
            Objects.requireNonNull(idempotencyKey);
            Objects.requireNonNull(requestDigest);
            Objects.requireNonNull(now);
        }
    }

    /** What became of one start. */
    public sealed interface Attempt permits Started, Refused {
    }

    /** @param repeated whether an earlier request with the same idempotency key started it */
    public record Started(ExecutionRecord execution, boolean repeated) implements Attempt {
    }

    /** Not started, and why (a full queue, an invalid workflow, an idempotency key reused for something else). */
    public record Refused(DomainException reason) implements Attempt {
        public Refused {
            Objects.requireNonNull(reason);
        }
    }

    /** One start; a refusal is thrown. */
    public Started start(Request request) {
        return started(startAll(request.orgId(), List.of(request), 0).get(0));
    }

    /**
     * Several starts of one org in its transaction (a round of due schedules, a group of webhook calls), written
     * together: the runs their idempotency keys started before are read in one query, the queue is counted once,
     * and the new executions, their log lines and the workflows' counters take a round trip each, however many
     * there are. A refused start refuses only itself. Starts of a workflow with a concurrency policy are written one
     * at a time, each after the policy has seen the ones before it.
     *
     * @return one attempt per request, in their order
     */
    public List<Attempt> startAll(OrgId orgId, List<Request> requests) {
        return startAll(orgId, requests, 0);
    }

    private record Pending(int index, Request request, ExecutionRecord record, Optional<String> skipped) {
    }

    /** @param depth 0 for runs started otherwise than by a sub-workflow node, the parent's depth + 1 for a child */
    private List<Attempt> startAll(OrgId orgId, List<Request> requests, int depth) {
        requests.forEach(r -> {
            if (!r.orgId().equals(orgId)) {
                throw new IllegalArgumentException("a start of another org in the transaction of " + orgId);
            }
        });
        Attempt[] attempts = new Attempt[requests.size()];
        Map<String, ExecutionRecord> earlier = executions.findByIdempotencyKeys(orgId, requests.stream()
                .flatMap(r -> r.idempotencyKey().stream()).collect(Collectors.toSet()));
        int room = -1;
        List<Pending> plain = new ArrayList<>();
        Map<WorkflowId, Integer> counted = new TreeMap<>(Comparator.comparing(WorkflowId::value));
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            Optional<ExecutionRecord> before = request.idempotencyKey().map(earlier::get);
            if (before.isPresent()) {
                attempts[i] = repeatOf(request, before.get());
                continue;
            }
            if (!request.workflow().valid()) {
                attempts[i] = new Refused(new DomainException.Conflict("workflow_invalid", "the workflow's current "
                        + "definition does not pass validation; fix it before running it"));
                continue;
            }
            // Before anything is written (a concurrency policy may cancel earlier runs): a full queue refuses.
            room = room < 0 ? queueCap.room(orgId) : room;
            if (room == 0) {
                attempts[i] = new Refused(queueCap.full());
                continue;
            }
            room--;
            PinnedWorkflow pinned = request.version() == request.workflow().version()
                    ? workflows.current(request.workflow())
                    : workflows.get(orgId, request.workspaceId(), request.workflow().id(), request.version());
            Execution queued = Execution.queue(orgId, request.workspaceId(), request.workflow().id(),
                    request.version(), request.triggerType(), request.initiator(), request.now());
            if (pinned.settings().concurrency().isEmpty()) {
                plain.add(new Pending(i, request, record(request, queued, pinned, depth), Optional.empty()));
                continue;
            }
            Optional<String> skipped = applyPolicy(request, queued, pinned.settings().concurrency().get());
            Execution state = skipped.isPresent() ? queued.cancel(request.now()) : queued;
            write(orgId, List.of(new Pending(i, request, record(request, state, pinned, depth), skipped)), attempts,
                    counted);
        }
        write(orgId, plain, attempts, counted);
        if (!counted.isEmpty()) {
            Instant latest = requests.stream().map(Request::now).max(Comparator.naturalOrder()).orElseThrow();
            // Last write: the counters' row locks then last no longer than the commit, so starts of one workflow
            // queue behind each other's commit only; taken in id order, so groups of starts never deadlock.
            workflowRepository.recordExecutions(orgId, counted, latest);
        }
        return List.of(attempts);
    }

    /** A concurrency policy's say on a new run: nothing, or why it is skipped (after cancelling older runs). */
    private Optional<String> applyPolicy(Request request, Execution queued, ExecutionSettings.Concurrency limit) {
        // Concurrent starts of this workflow wait here for each other, so the count below sees them all.
        workflowRepository.serializeStarts(request.orgId(), request.workflow().id());
        List<ExecutionRecord> unfinished = executions.unfinishedOf(request.orgId(), request.workflow().id());
        int excess = unfinished.size() - limit.limit() + 1;
        if (excess <= 0) {
            return Optional.empty();
        }
        return switch (limit.policy()) {
            case QUEUE -> Optional.empty();
            case SKIP -> Optional.of("skipped: the workflow already has " + unfinished.size()
                    + " unfinished executions, its concurrency limit is " + limit.limit());
            case CANCEL_PREVIOUS -> {
                unfinished.subList(0, excess).forEach(previous -> ender.cancel(request.orgId(), previous.id(),
                        "cancelled by a newer execution " + queued.id() + " under the workflow's concurrency policy",
                        request.now()));
                yield Optional.empty();
            }
        };
    }

    private static ExecutionRecord record(Request request, Execution state, PinnedWorkflow pinned, int depth) {
        ExecutionSettings settings = pinned.settings();
        return new ExecutionRecord(state, request.triggerData(), request.input(), Optional.empty(), Optional.empty(),
                request.parent(), request.replayOf(), pinned.graph().entryNodes(),
                settings.concurrency().map(ExecutionSettings.Concurrency::limit), settings.timeout(),
                Optional.empty(), request.idempotencyKey(), Optional.of(request.requestDigest()), depth);
    }

    /**
     * Inserts the executions and their log lines. One not inserted lost its idempotency key to a start committed
     * meanwhile (the unique index waited for it) or earlier in the same group: it answers that start's run.
     */
    private void write(OrgId orgId, List<Pending> pending, Attempt[] attempts, Map<WorkflowId, Integer> counted) {
        if (pending.isEmpty()) {
            return;
        }
        Set<ExecutionId> inserted = executions.insert(orgId, pending.stream().map(Pending::record).toList());
        List<Pending> lost = pending.stream().filter(p -> !inserted.contains(p.record().id())).toList();
        Map<String, ExecutionRecord> winners = executions.findByIdempotencyKeys(orgId, lost.stream()
                .map(p -> p.request().idempotencyKey().orElseThrow(() -> new IllegalStateException(
                        "an execution without an idempotency key was not inserted")))
                .collect(Collectors.toSet()));
        List<LogEntry> lines = new ArrayList<>();
        boolean queued = false;
        for (Pending p : pending) {
            if (!inserted.contains(p.record().id())) {
                ExecutionRecord winner = winners.get(p.request().idempotencyKey().orElseThrow());
                if (winner == null) {
                    throw new IllegalStateException("idempotency key taken, yet unseen");
                }
                attempts[p.index()] = repeatOf(p.request(), winner);
                continue;
            }
            Execution state = p.record().execution();
            lines.add(LogEntry.ofExecution(state.id(), p.request().now(),
                    p.skipped().isPresent() ? LogLevel.WARN : LogLevel.INFO,
                    p.skipped().orElse("queued (" + p.request().triggerType().wireName() + ", version "
                            + p.request().version() + ")")));
            counted.merge(p.request().workflow().id(), 1, Integer::sum);
            attempts[p.index()] = new Started(p.record(), false);
            queued |= p.skipped().isEmpty();
            signals.executionChanged(state.id());
        }
        logs.append(orgId, lines);
        if (queued) {
            signals.workReady();
        }
    }

    /** The run an earlier request with the same key started, if it asked for the same thing. */
    private static Attempt repeatOf(Request request, ExecutionRecord earlier) {
        if (!earlier.requestDigest().equals(Optional.of(request.requestDigest()))) {
            return new Refused(new DomainException.Conflict("idempotency_key_reused", "this Idempotency-Key was "
                    + "used for a different request; use a new key for a new request"));
        }
        return new Started(earlier, true);
    }

    private static Started started(Attempt attempt) {
        return switch (attempt) {
            case Started started -> started;
            case Refused refused -> throw refused.reason();
        };
    }

    /**
     * A sub-workflow's child run: the current version of a workflow of the parent's workspace, one level deeper than
     * its parent. A child beyond the operator's depth is refused ({@code subworkflow_depth_exceeded}): workflows that
     * start each other in a loop, which saving refuses where the definitions show it, end there all the same.
     */
    public Started startChild(ExecutionRecord parent, NodeRunId parentRun, WorkflowId childWorkflow, Json input,
                              Instant now) {
        int depth = parent.depth() + 1;
        if (depth > maxDepth) {
            throw new DomainException.Conflict("subworkflow_depth_exceeded", "subworkflow_depth_exceeded: this "
                    + "execution is " + parent.depth() + " sub-workflow levels deep already, and at most " + maxDepth
                    + " are allowed; does the workflow start itself, directly or through another?");
        }
        OrgId orgId = parent.execution().orgId();
        WorkspaceId workspaceId = parent.execution().workspaceId();
        Workflow child = workflowRepository.find(orgId, workspaceId, childWorkflow).filter(w -> !w.inTrash())
                .orElseThrow(() -> new DomainException.NotFound("workflow"));
        return started(startAll(orgId, List.of(new Request(orgId, workspaceId, child, child.version(),
                parent.execution().triggerType(), parent.execution().startedBy(), parent.triggerData(), input,
                Optional.of(new ExecutionRecord.ParentLink(parent.id(), parentRun)), Optional.empty(),
                Optional.empty(), "child of " + parent.id(), now)), depth).get(0));
    }
}
