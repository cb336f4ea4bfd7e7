package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.ExecutionId;

/**
 * Wake-ups between engine instances and the API. Publishing is transactional: a signal sent inside a use case's
 * transaction is delivered once it commits, and never if it rolls back, so a listener that re-reads on a signal
 * always finds what the signal announced. A signal carries ids only; listeners read the rows through their own
 * tenant-scoped transaction, so a signal can reveal nothing to anyone.
 */
public interface EngineSignals {

    /** Work has become claimable: idle workers should claim now rather than at their next poll. */
    void workReady();

    /** An execution changed (status, node runs, logs): its event streams should read what is new. */
    void executionChanged(ExecutionId id);

    /** Listens for {@link #workReady()} from any instance; closing the subscription stops it. */
    Subscription onWorkReady(Runnable listener);

    /** Listens for {@link #executionChanged} of one execution from any instance. */
    Subscription onExecutionChanged(ExecutionId id, Runnable listener);

    /** A registered listener. Closing twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
