package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.ExecutionOutputs;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.event.EventOutbox;
import java.util.Objects;

/**
 * The out-ports an execution's progress is read from and written back to. Recording a step or an ending touches
 * them at once (see {@link ExecutionLifecycle#flush}), so the engine classes that do take them together; an ending
 * also appends its event to the outbox, in the same transaction.
 */
public record ExecutionStore(Executions executions, NodeRuns nodeRuns, ExecutionLogs logs, ExecutionOutputs outputs,
                             EventOutbox events) {
    public ExecutionStore {
        Objects.requireNonNull(events);
        Objects.requireNonNull(executions);
        Objects.requireNonNull(nodeRuns);
        Objects.requireNonNull(logs);
        Objects.requireNonNull(outputs);
    }
}
