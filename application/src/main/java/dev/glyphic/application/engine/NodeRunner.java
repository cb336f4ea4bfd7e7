package dev.glyphic.application.engine;

import dev.glyphic.domain.execution.NodeOutcome;

/**
 * The code behind one node type. A runner answers every situation with a {@link NodeOutcome} value; it throws only
 * on a bug. It is called outside any transaction (a call may take seconds) and may be called more than once for the
 * same step (retries, a worker lost mid-step), which is what {@link NodeInvocation#idempotencyKey()} is for.
 */
public interface NodeRunner {

    /** The node type it runs, as in the catalogue: {@code http.request}. */
    String nodeType();

    /**
     * Whether it finishes at once with no I/O (a transformation, a branch): the engine runs such nodes back to back
     * inside one claim and writes them all in one transaction.
     */
    boolean isPure();

    NodeOutcome run(NodeInvocation invocation);
}
