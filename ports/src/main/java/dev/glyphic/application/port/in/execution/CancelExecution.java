package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;

/**
 * Cancels an execution that has not ended (members): its pending and waiting steps are cancelled, a running one is
 * dropped by its worker. An execution that has ended is refused ({@code execution_final}), naming its status.
 */
public interface CancelExecution {

    ExecutionRecord cancel(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id);
}
