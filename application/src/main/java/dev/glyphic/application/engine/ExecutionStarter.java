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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** @param repeated whether an earlier request with the same idempotency key started it */
    public record Started(ExecutionRecord execution, boolean repeated) {
    }

    public Started start(Request request) {
        return start(request, 0);
    }

    /** @param depth 0 for a run started otherwise than by a sub-workflow node, the parent's depth + 1 for a child */
    private Started start(Request request, int depth) {
        if (request.idempotencyKey().isPresent()) {
            Optional<Started> earlier = earlier(request);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (!request.workflow().valid()) {
            throw new DomainException.Conflict("workflow_invalid", "the workflow's current definition does not pass "
                    + "validation; fix it before running it");
        }
        // Before anything is written (a concurrency policy may cancel earlier runs): a full queue refuses the start.
        queueCap.requireRoom(request.orgId());
        PinnedWorkflow pinned = workflows.get(request.orgId(), request.workspaceId(), request.workflow().id(),
                request.version());
        ExecutionSettings settings = pinned.settings();
        Execution queued = Execution.queue(request.orgId(), request.workspaceId(), request.workflow().id(),
                request.version(), request.triggerType(), request.initiator(), request.now());
        Optional<String> skipped = Optional.empty();
        if (settings.concurrency().isPresent()) {
            // Concurrent starts of this workflow wait here for each other, so the count below sees them all.
            workflowRepository.serializeStarts(request.orgId(), request.workflow().id());
            ExecutionSettings.Concurrency limit = settings.concurrency().get();
            List<ExecutionRecord> unfinished = executions.unfinishedOf(request.orgId(), request.workflow().id());
            int excess = unfinished.size() - limit.limit() + 1;
            if (excess > 0) {
                switch (limit.policy()) {
                    case QUEUE -> {
                    }
                    case SKIP -> skipped = Optional.of("skipped: the workflow already has " + unfinished.size()
                            + " unfinished executions, its concurrency limit is " + limit.limit());
                    case CANCEL_PREVIOUS -> unfinished.subList(0, excess).forEach(previous -> ender.cancel(
                            request.orgId(), previous.id(), "cancelled by a newer execution " + queued.id()
                                    + " under the workflow's concurrency policy", request.now()));
                }
            }
        }
        Execution state = skipped.isPresent() ? queued.cancel(request.now()) : queued;
        ExecutionRecord record = new ExecutionRecord(state, request.triggerData(), request.input(), Optional.empty(),
                Optional.empty(), request.parent(), request.replayOf(), pinned.graph().entryNodes(),
                settings.concurrency().map(ExecutionSettings.Concurrency::limit), settings.timeout(),
                Optional.empty(), request.idempotencyKey(), Optional.of(request.requestDigest()), depth);
        if (!executions.insert(request.orgId(), record)) {
            // A concurrent request with the same key won; it has committed by now (the unique index waited for it).
            return earlier(request).orElseThrow(() -> new IllegalStateException("idempotency key taken, yet unseen"));
        }
        logs.append(request.orgId(), List.of(LogEntry.ofExecution(state.id(), request.now(),
                skipped.isPresent() ? LogLevel.WARN : LogLevel.INFO,
                skipped.orElse("queued (" + request.triggerType().wireName() + ", version " + request.version()
                        + ")"))));
        // Last write: the counter's row lock then lasts no longer than the commit, so starts of one workflow queue
        // behind each other's commit only.
        workflowRepository.recordExecution(request.orgId(), request.workflow().id(), request.now());
        if (skipped.isEmpty()) {
            signals.workReady();
        }
        signals.executionChanged(state.id());
        return new Started(record, false);
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
        return start(new Request(orgId, workspaceId, child, child.version(), parent.execution().triggerType(),
                parent.execution().startedBy(), parent.triggerData(), input,
                Optional.of(new ExecutionRecord.ParentLink(parent.id(), parentRun)), Optional.empty(),
                Optional.empty(), "child of " + parent.id(), now), depth);
    }

    private Optional<Started> earlier(Request request) {
        return executions.findByIdempotencyKey(request.orgId(), request.idempotencyKey().orElseThrow())
                .map(found -> {
                    if (!found.requestDigest().equals(Optional.of(request.requestDigest()))) {
                        throw new DomainException.Conflict("idempotency_key_reused", "this Idempotency-Key was "
                                + "used for a different request; use a new key for a new request");
                    }
                    return new Started(found, true);
                });
    }
}
