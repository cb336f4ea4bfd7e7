package dev.glyphic.domain.execution;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What one attempt of a node came to. The engine turns it into node-run transitions and the next steps of the graph;
 * a node's code never touches the run's state itself.
 */
public sealed interface NodeOutcome {

    /**
     * Done. {@code handles} are the output handles it fires: every output of a plain node, the branch taken by an
     * if, a switch or an approval. Successors on handles not fired are skipped.
     */
    record Completed(Json output, Set<String> handles) implements NodeOutcome {
        public Completed {
            Objects.requireNonNull(output, "output");
            handles = Set.copyOf(handles);
        }
    }

    /**
     * The attempt failed. {@code retryable} says whether another attempt could help (a timeout, a 503) or not (a
     * 404, an expression that does not evaluate): a step that cannot succeed fails at once, its retries unspent.
     */
    record Failed(String error, boolean retryable) implements NodeOutcome {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Parks the node, durably and without a worker, until {@code wakeAt} or until something resolves it earlier (a
     * decision, a child execution ending). {@code detail} is what the wait is about, e.g. the approval's question.
     */
    record Waiting(WaitKind kind, Instant wakeAt, Json detail) implements NodeOutcome {
        public Waiting {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(wakeAt, "wakeAt");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * Starts a run of another workflow of the workspace as a child of this execution. With {@code await} the node
     * waits for the child and passes on its output; without, it completes at once with the child's id.
     */
    record StartChild(WorkflowId workflowId, Json input, boolean await) implements NodeOutcome {
        public StartChild {
            Objects.requireNonNull(workflowId, "workflowId");
            Objects.requireNonNull(input, "input");
        }
    }

    /** Why a node waits. */
    enum WaitKind {
        DELAY, APPROVAL, CHILD;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
