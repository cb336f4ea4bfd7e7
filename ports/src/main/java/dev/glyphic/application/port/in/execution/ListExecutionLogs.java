package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Optional;

/** An execution's log, oldest line first, paged by keyset on (time, id). */
public interface ListExecutionLogs {

    Page<LogEntry> logs(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id, int limit,
                        Optional<TimeCursor> after);
}
