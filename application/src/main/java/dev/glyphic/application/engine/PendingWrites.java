package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionOutput;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a step leaves besides its runs and its execution, gathered as it goes and written at its end: its log lines,
 * the outputs kept for the API, and whether there is new work for the workers to look for.
 */
final class PendingWrites {
    private final ExecutionId executionId;
    private final PinnedWorkflow workflow;
    private final Instant now;
    private final List<LogEntry> logs = new ArrayList<>();
    private final List<ExecutionOutput> outputs = new ArrayList<>();
    private boolean workReady;

    PendingWrites(ExecutionId executionId, PinnedWorkflow workflow, Instant now) {
        this.executionId = executionId;
        this.workflow = workflow;
        this.now = now;
    }

    void log(LogLevel level, String nodeId, String message, Json data) {
        logs.add(LogEntry.ofNode(executionId, now, level, nodeId, workflow.graph().node(nodeId).nodeType(),
                message, data));
    }

    void logExecution(LogLevel level, String message) {
        logs.add(LogEntry.ofExecution(executionId, now, level, message));
    }

    /** Keeps the output of a node that succeeded, if its node is one whose output the execution shows. */
    void output(String nodeId, Json output) {
        ExecutionOutput.of(executionId, workflow.graph().node(nodeId), output, now).ifPresent(outputs::add);
    }

    void workReady() {
        workReady = true;
    }

    /** Appends the log lines and the outputs. */
    void write(OrgId orgId, ExecutionStore store) {
        store.logs().append(orgId, logs);
        store.outputs().insert(orgId, outputs);
    }

    /** Wakes the workers, if there is work for them. */
    void signal(EngineSignals signals) {
        if (workReady) {
            signals.workReady();
        }
    }
}
