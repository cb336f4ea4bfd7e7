package dev.glyphic.bootstrap.engine;

import dev.glyphic.application.engine.StepProcessor;
import dev.glyphic.application.engine.StopSignal;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.persistence.testing.Await;
import java.time.Duration;
import java.util.Optional;

/**
 * A worker the test drives by hand, claim by claim, while the server's engine is paused: what an engine does, one
 * step at a time, with nothing renewing its leases. Whatever it claims of other executions (other tests' leftovers
 * that come due) it processes on the spot, as any worker would, so that it never strands someone else's work.
 */
final class ManualWorker {
    final WorkerId id;
    private final Duration lease;
    private final WorkQueue queue = TestServer.get().context().getBean(WorkQueue.class);
    private final StepProcessor processor = Engines.processor();

    ManualWorker(String name, Duration lease) {
        this.id = WorkerId.fresh(name);
        this.lease = lease;
    }

    /** Claims until it holds a due run of the execution, and answers that claim, unprocessed. */
    WorkQueue.Claim claimOf(ExecutionId execution) {
        return Await.until("a claim on execution " + execution, () -> {
            Optional<WorkQueue.Claim> mine = Optional.empty();
            for (WorkQueue.Claim claim : queue.claim(id, 16, lease)) {
                if (mine.isEmpty() && claim.executionId().equals(execution)) {
                    mine = Optional.of(claim);
                } else {
                    process(claim);
                }
            }
            return mine;
        }, () -> "nothing of it came due");
    }

    StepProcessor.Result process(WorkQueue.Claim claim) {
        return process(claim, new StopSignal());
    }

    StepProcessor.Result process(WorkQueue.Claim claim, StopSignal stop) {
        return processor.process(claim, id, stop);
    }

    /** Claims the execution's next due run and carries it through. */
    StepProcessor.Result step(ExecutionId execution) {
        return process(claimOf(execution));
    }
}
