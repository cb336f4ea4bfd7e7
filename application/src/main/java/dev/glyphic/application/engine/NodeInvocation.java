package dev.glyphic.application.engine;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.IdempotencyKey;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.ExpressionContext;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link NodeRunner} may know about the step it runs.
 *
 * @param node       the node as defined in the pinned version: its type and raw (unrendered) fields
 * @param context    the variables its expressions see: {@code $input}, {@code $trigger}, {@code $nodes}
 * @param attempt    the attempt within the step, from 1
 * @param resolution for a node resuming from a wait: what ended the wait early (an approval's decision
 *                   {@code {"decision": "approved"|"rejected", "by": …, "comment": …}}, a child execution's end
 *                   {@code {"status": …, "output": …, "error": …}}); empty on a first run and when the wait simply
 *                   ran out (a delay elapsed, an approval timed out)
 * @param resuming   whether the node is coming back from its own {@link dev.glyphic.domain.execution.NodeOutcome.Waiting}
 */
public record NodeInvocation(OrgId orgId, WorkspaceId workspaceId, ExecutionId executionId, Initiator startedBy,
                             WorkflowDefinition.Node node, ExpressionContext context, IdempotencyKey idempotencyKey,
                             int attempt, boolean resuming, Optional<Json> resolution, Instant now) {
    public NodeInvocation {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(executionId);
        Objects.requireNonNull(startedBy);
        Objects.requireNonNull(node);
        Objects.requireNonNull(context);
        Objects.requireNonNull(idempotencyKey);
        Objects.requireNonNull(resolution);
        Objects.requireNonNull(now);
    }
}
