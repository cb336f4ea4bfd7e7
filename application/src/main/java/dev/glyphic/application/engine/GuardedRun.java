package dev.glyphic.application.engine;

import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.domain.execution.NodeOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a claimed node outside any transaction, on a thread of its own, so that its timeout and a lost lease can
 * interrupt it.
 */
final class GuardedRun {
    private static final Logger LOG = Logger.getLogger(GuardedRun.class.getName());

    private final NodeRunners runners;
    private final ExecutorService nodeThreads;

    GuardedRun(NodeRunners runners, ExecutorService nodeThreads) {
        this.runners = runners;
        this.nodeThreads = nodeThreads;
    }

    /**
     * A node's outcome; what its crash said (message and causes, no stack frames) when its code threw instead of
     * answering; whether it overran its timeout (then it is a retryable failure, and once out of attempts the run
     * ends timed out, not failed).
     */
    record Ran(NodeOutcome outcome, Optional<String> crash, boolean timedOut) {
        /** An attempt that failed for a reason of the engine's, not the node's: it may be retried. */
        static Ran retryableFailure(String error) {
            return new Ran(new NodeOutcome.Failed(error, true), Optional.empty(), false);
        }

        static Optional<Ran> of(NodeOutcome outcome) {
            return Optional.of(new Ran(outcome, Optional.empty(), false));
        }

        static Optional<Ran> timedOut(Duration after) {
            return Optional.of(new Ran(new NodeOutcome.Failed("timed out after " + after.toMillis() + " ms", true),
                    Optional.empty(), true));
        }
    }

    /** Runs the node within its timeout. Empty when the worker was told to stop meanwhile. */
    Optional<Ran> run(NodeInvocation invocation, Duration timeout, StopSignal stop) {
        NodeRunner runner = runners.forType(invocation.node().nodeType());
        Future<NodeOutcome> running = nodeThreads.submit(() -> runner.run(invocation));
        stop.onStop(() -> running.cancel(true));
        try {
            return Ran.of(running.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            running.cancel(true);
            return Ran.timedOut(timeout);
        } catch (InterruptedException | CancellationException e) {
            running.cancel(true);
            return Optional.empty();
        } catch (ExecutionException e) {
            if (stop.reason() != null) {
                return Optional.empty();
            }
            // A runner answers every situation with an outcome; an exception is a bug, and it fails the step. Its
            // Java stack trace is for the operator (the server log), never for the API's readers.
            Throwable crash = e.getCause();
            LOG.log(Level.SEVERE, "node '" + invocation.node().id() + "' (" + invocation.node().nodeType()
                    + ") of execution " + invocation.executionId() + " crashed", crash);
            return Optional.of(new Ran(new NodeOutcome.Failed("the node crashed: " + FailureText.describe(crash),
                    false), Optional.of(FailureText.causes(crash)), false));
        } finally {
            stop.onStop(null);
        }
    }
}
