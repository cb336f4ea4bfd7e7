package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.execution.ExecutionRecord;
import dev.glyphic.application.execution.NodeRunRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.execution.ExecutionOutput;
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
