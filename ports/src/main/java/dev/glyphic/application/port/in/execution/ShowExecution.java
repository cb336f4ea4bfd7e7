package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionOutput;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.List;

/** One execution with its node runs, in the order they were created. */
public interface ShowExecution {

    /** @param outputs what it produced that outlives it: generated content, by node */
    record Detail(ExecutionRecord execution, List<NodeRunRecord> nodeRuns, List<ExecutionOutput> outputs) {
        public Detail {
            nodeRuns = List.copyOf(nodeRuns);
            outputs = List.copyOf(outputs);
        }
    }

    Detail show(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id);
}
