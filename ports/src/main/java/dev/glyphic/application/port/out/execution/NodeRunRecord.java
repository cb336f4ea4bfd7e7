package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.NodeOutcome.WaitKind;
import dev.glyphic.domain.execution.NodeRun;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A node run as stored: its state machine ({@link NodeRun}) and what it carries.
 *
 * @param firedHandles the output handles it fired, once it succeeded
 * @param waitFor       what it waits or waited for; kept after the wait so its history shows
 * @param wakeAt       when a waiting run is due to resume; present exactly while it waits
 * @param resolution   what resolved its wait early (a decision, a child's end)
 */
public record NodeRunRecord(NodeRun state, Optional<Json> input, Optional<Json> output, Set<String> firedHandles,
                            Optional<Wait> waitFor, Optional<Instant> wakeAt, Optional<Json> resolution) {

    public record Wait(WaitKind kind, Json detail) {
        public Wait {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(detail);
        }
    }

    public NodeRunRecord {
        Objects.requireNonNull(state);
        Objects.requireNonNull(input);
        Objects.requireNonNull(output);
        firedHandles = Set.copyOf(firedHandles);
        Objects.requireNonNull(waitFor);
        Objects.requireNonNull(wakeAt);
        Objects.requireNonNull(resolution);
    }

    public static NodeRunRecord of(NodeRun state, Optional<Json> input) {
        return new NodeRunRecord(state, input, Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public String nodeId() {
        return state.nodeId();
    }

    public NodeRunRecord with(NodeRun next) {
        return new NodeRunRecord(next, input, output, firedHandles, waitFor,
                next.status() == NodeRunStatus.WAITING ? wakeAt : Optional.empty(), resolution);
    }

    public NodeRunRecord succeeded(NodeRun next, Json value, Set<String> handles) {
        return new NodeRunRecord(next, input, Optional.of(value), handles, waitFor, Optional.empty(), resolution);
    }

    public NodeRunRecord waiting(NodeRun next, Wait newWait, Instant until) {
        return new NodeRunRecord(next, input, output, firedHandles, Optional.of(newWait), Optional.of(until),
                Optional.empty());
    }

    public NodeRunRecord withInput(Json value) {
        return new NodeRunRecord(state, Optional.of(value), output, firedHandles, waitFor, wakeAt, resolution);
    }
}
