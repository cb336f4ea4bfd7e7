package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a sub-workflow step and its child execution refer to each other: the step's wait (and, when it does not wait,
 * its output) names the child; the child's ending, handed to the waiting step, says how it ended.
 */
final class ChildWaits {
    private ChildWaits() {
    }

    /** What a sub-workflow step keeps of the child it started. */
    static Json reference(ExecutionId child) {
        return new Json.Obj(Map.of("executionId", Json.of(child.toString())));
    }

    /** The child execution this run is waiting for, if it is waiting for one. */
    static Optional<ExecutionId> awaitedBy(NodeRunRecord run) {
        return run.waitFor()
                .filter(wait -> run.state().status() == NodeRunStatus.WAITING
                        && wait.kind() == NodeOutcome.WaitKind.CHILD)
                .flatMap(wait -> wait.detail() instanceof Json.Obj detail
                        && detail.fields().get("executionId") instanceof Json.Str id
                        ? Optional.of(ExecutionId.parse(id.value())) : Optional.empty());
    }

    /** How an ended child execution ended: what the step that waited for it resumes with. */
    static Json ending(ExecutionRecord child) {
        Map<String, Json> fields = new LinkedHashMap<>();
        fields.put("executionId", Json.of(child.id().toString()));
        fields.put("status", Json.of(child.execution().status().wireName()));
        fields.put("output", child.output().orElse(Json.NULL));
        fields.put("error", child.execution().error().<Json>map(Json::of).orElse(Json.NULL));
        return new Json.Obj(fields);
    }
}
