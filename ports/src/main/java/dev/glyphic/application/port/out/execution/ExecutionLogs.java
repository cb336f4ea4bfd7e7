package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The log lines of executions, inside the caller's tenant transaction. Lines are only ever appended. */
public interface ExecutionLogs {

    /** Appends the lines, all in one statement. */
    void append(OrgId orgId, List<LogEntry> entries);

    /** Log lines of an execution in order (by time and id), at most {@code limit}, after the given line if any. */
    List<LogEntry> list(OrgId orgId, ExecutionId executionId, Optional<LogCursor> after, int limit);

    /** The position of one log line of the execution, to page on after it; empty when it has no such line. */
    Optional<LogCursor> cursor(OrgId orgId, ExecutionId executionId, UUID logId);

    /** Where a log line sits in its execution's log: its time, then its id. */
    record LogCursor(Instant at, UUID id) {
    }
}
