package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Follows an execution as it runs, for an event stream. Opening checks the caller may read it and registers
 * {@code onChange}, which is called (on a signalling thread: it must only wake the reader) whenever the execution
 * may have changed; the reader then {@linkplain Watch#read reads} what is new. Changes that happen between opening
 * and the first read are not lost, since the listener is registered first.
 */
public interface WatchExecution {

    Watch open(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id, Runnable onChange);

    interface Watch extends AutoCloseable {

        /**
         * The execution as it is now, and up to {@code limit} log lines after {@code after} (all of them from the
         * start when empty). The caller's access is checked again on every read: a member removed meanwhile loses
         * the stream.
         */
        Snapshot read(Optional<TimeCursor> after, int limit);

        /**
         * Where a client that saw the log line {@code logId} resumes (an SSE {@code Last-Event-ID}); empty when the
         * execution has no such line, and the stream then starts from the first.
         */
        Optional<TimeCursor> after(UUID logId);

        /** Stops listening; closing twice is harmless. */
        @Override
        void close();
    }

    record Snapshot(ExecutionRecord execution, List<LogEntry> logs) {
        public Snapshot {
            logs = List.copyOf(logs);
        }
    }
}
