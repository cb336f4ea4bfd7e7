package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import java.util.Map;
import java.util.Objects;

/**
 * The variables an expression sees: {@code $input} (the node's input), {@code $trigger} (the data that started
 * the execution) and {@code $nodes} (each finished node's output by node id, as in {@code $nodes.fetch.status}).
 */
public record ExpressionContext(Json input, Json trigger, Map<String, Json> nodes) {

    public ExpressionContext {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(trigger, "trigger");
        nodes = Map.copyOf(nodes);
    }

    public static ExpressionContext ofInput(Json input) {
        return new ExpressionContext(input, Json.NULL, Map.of());
    }

    /** The node outputs as one JSON object, the shape {@code $nodes} has inside an expression. */
    public Json.Obj nodesObject() {
        return new Json.Obj(nodes);
    }
}
