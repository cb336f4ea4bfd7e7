package dev.glyphic.application.engine;

import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.ExpressionContext;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a node that the graph walk made runnable: a pure node on the spot, inside the transaction that decided it
 * (it does no I/O, so there is nothing to wait for); a node with I/O is queued for a worker instead.
 */
final class InlineRunner {
    private final OrgId orgId;
    private final PinnedWorkflow workflow;
    private final NodeRunners runners;
    /** Read around each pure node, so that its run shows how long it really took. */
    private final Clock clock;
    private final StepLimits limits;

    InlineRunner(OrgId orgId, PinnedWorkflow workflow, NodeRunners runners, Clock clock, StepLimits limits) {
        this.orgId = orgId;
        this.workflow = workflow;
        this.runners = runners;
        this.clock = clock;
        this.limits = limits;
    }

    /** The node's new run, and what became of it. */
    sealed interface Result {
        NodeRunRecord run();

        /** A node with I/O: pending, for a worker to claim. */
        record Queued(NodeRunRecord run) implements Result {
        }

        record Succeeded(NodeRunRecord run) implements Result {
        }

        record Failed(NodeRunRecord run, String error) implements Result {
        }
    }

    /** Runs {@code nodeId} with {@code input}; its expressions see {@code context}, read only if it does run. */
    Result run(ExecutionRecord execution, String nodeId, Json input, Supplier<ExpressionContext> context,
               Instant now) {
        WorkflowDefinition.Node node = workflow.graph().node(nodeId);
        NodeRunner runner = runners.forType(node.nodeType());
        NodeRun pending = NodeRun.pending(execution.id(), nodeId, now);
        if (!runner.isPure()) {
            return new Result.Queued(NodeRunRecord.of(pending, Optional.of(input)));
        }
        NodeRun started = pending.start(later(now));
        NodeOutcome outcome = runner.run(new NodeInvocation(orgId, execution.execution().workspaceId(), execution.id(),
                execution.execution().startedBy(), node, context.get(), started.idempotencyKey(), 1, false,
                Optional.empty(), now));
        Instant ended = later(started.startedAt().orElseThrow());
        NodeRunRecord record = NodeRunRecord.of(started, Optional.of(input));
        return switch (limits.admitted(outcome)) {
            case NodeOutcome.Completed done ->
                    new Result.Succeeded(record.succeeded(started.succeed(ended), done.output(), done.handles()));
            case NodeOutcome.Failed failed ->
                    new Result.Failed(record.with(started.fail(failed.error(), ended)), failed.error());
            default -> throw new IllegalStateException("the pure node type " + node.nodeType()
                    + " answered " + outcome.getClass().getSimpleName() + ", which needs a worker");
        };
    }

    /** The clock's time, never before {@code floor} (clocks of different readers may disagree by a little). */
    private Instant later(Instant floor) {
        Instant read = clock.instant();
        return read.isBefore(floor) ? floor : read;
    }
}
