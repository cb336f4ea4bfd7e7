package dev.glyphic.domain.execution;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Uuids;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of an execution's log. Its id is time-ordered, so lines written in the same microsecond keep the order
 * they were written in.
 *
 * @param nodeId   the node it is about; empty for the execution as a whole
 * @param nodeType that node's type, kept beside it so a log reads on its own after the workflow changed
 */
public record LogEntry(UUID id, ExecutionId executionId, Instant at, LogLevel level, Optional<String> nodeId,
                       Optional<String> nodeType, String message, Json data) {
    public LogEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(executionId);
        Objects.requireNonNull(at);
        Objects.requireNonNull(level);
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(nodeType);
        Objects.requireNonNull(message);
        Objects.requireNonNull(data);
    }

    public static LogEntry ofExecution(ExecutionId executionId, Instant at, LogLevel level, String message) {
        return new LogEntry(Uuids.v7(), executionId, at, level, Optional.empty(), Optional.empty(), message,
                Json.NULL);
    }

    public static LogEntry ofNode(ExecutionId executionId, Instant at, LogLevel level, String nodeId, String nodeType,
                                  String message, Json data) {
        return new LogEntry(Uuids.v7(), executionId, at, level, Optional.of(nodeId), Optional.of(nodeType), message,
                data);
    }
}
