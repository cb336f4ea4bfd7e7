package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the shape of a workflow document: arrays where arrays belong, ids and types where the rules need them.
 * Everything else (positions, sizes, groups' contents) is the editor's business and passes through untouched.
 */
public final class DefinitionReader {

    /** The definition, when its shape allows reading one, and every shape problem found. */
    public record Result(Optional<WorkflowDefinition> definition, List<Violation> violations) {
    }

    private DefinitionReader() {
    }

    public static Result read(Json document) {
        List<Violation> violations = new ArrayList<>();
        if (!(document instanceof Json.Obj root)) {
            violations.add(new Violation("", "wrong_type", "a workflow definition is a JSON object"));
            return new Result(Optional.empty(), violations);
        }
        List<WorkflowDefinition.Node> nodes = new ArrayList<>();
        List<WorkflowDefinition.Edge> edges = new ArrayList<>();
        JsonPointer nodesAt = JsonPointer.ROOT.at("nodes");
        switch (root.get("nodes").orElse(null)) {
            case Json.Arr array -> {
                for (int i = 0; i < array.items().size(); i++) {
                    readNode(array.items().get(i), nodesAt.at(i), violations).ifPresent(nodes::add);
                }
            }
            case null -> violations.add(violation(nodesAt, "required", "a definition needs a nodes array"));
            default -> violations.add(violation(nodesAt, "wrong_type", "must be an array"));
        }
        JsonPointer edgesAt = JsonPointer.ROOT.at("edges");
        switch (root.get("edges").orElse(null)) {
            case Json.Arr array -> {
                for (int i = 0; i < array.items().size(); i++) {
                    readEdge(array.items().get(i), edgesAt.at(i), violations).ifPresent(edges::add);
                }
            }
            case null -> {
            }
            default -> violations.add(violation(edgesAt, "wrong_type", "must be an array"));
        }
        expect(root, "groups", Json.Arr.class, "an array", violations);
        expect(root, "config", Json.Obj.class, "an object", violations);
        expect(root, "metadata", Json.Obj.class, "an object", violations);
        return new Result(Optional.of(new WorkflowDefinition(root, nodes, edges)), violations);
    }

    private static Optional<WorkflowDefinition.Node> readNode(Json value, JsonPointer at, List<Violation> violations) {
        if (!(value instanceof Json.Obj node)) {
            violations.add(violation(at, "wrong_type", "a node is an object"));
            return Optional.empty();
        }
        Optional<String> id = text(node, "id", at, violations, true);
        if (!(node.get("data").orElse(null) instanceof Json.Obj data)) {
            violations.add(violation(at.at("data"), node.get("data").isPresent() ? "wrong_type" : "required",
                    "a node needs a data object with its nodeType"));
            return Optional.empty();
        }
        Optional<String> nodeType = text(data, "nodeType", at.at("data"), violations, true);
        String label = text(data, "label", at.at("data"), violations, false).orElse("");
        Map<String, Json> fields = Map.of();
        switch (data.get("fields").orElse(null)) {
            case Json.Obj object -> fields = object.fields();
            case null -> {
            }
            default -> violations.add(violation(at.at("data").at("fields"), "wrong_type", "must be an object"));
        }
        Json.Obj settings = Json.EMPTY_OBJECT;
        switch (data.get("settings").orElse(null)) {
            case Json.Obj object -> settings = object;
            case null -> {
            }
            default -> violations.add(violation(at.at("data").at("settings"), "wrong_type", "must be an object"));
        }
        if (id.isEmpty() || nodeType.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WorkflowDefinition.Node(id.get(), nodeType.get(), label, fields, settings, at));
    }

    private static Optional<WorkflowDefinition.Edge> readEdge(Json value, JsonPointer at, List<Violation> violations) {
        if (!(value instanceof Json.Obj edge)) {
            violations.add(violation(at, "wrong_type", "an edge is an object"));
            return Optional.empty();
        }
        Optional<String> source = text(edge, "source", at, violations, true);
        Optional<String> target = text(edge, "target", at, violations, true);
        String id = edge.get("id").map(DefinitionReader::scalar).orElse("");
        String sourceHandle = text(edge, "sourceHandle", at, violations, false).orElse(null);
        String targetHandle = text(edge, "targetHandle", at, violations, false).orElse(null);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WorkflowDefinition.Edge(id, source.get(), sourceHandle, target.get(), targetHandle, at));
    }

    private static Optional<String> text(Json.Obj object, String key, JsonPointer at, List<Violation> violations,
                                         boolean required) {
        Json value = object.get(key).orElse(null);
        if (value == null || value instanceof Json.Null) {
            if (required) {
                violations.add(violation(at.at(key), "required", key + " is required"));
            }
            return Optional.empty();
        }
        if (!(value instanceof Json.Str text) || text.value().isBlank()) {
            violations.add(violation(at.at(key), "wrong_type", key + " must be a non-empty string"));
            return Optional.empty();
        }
        return Optional.of(text.value());
    }

    private static void expect(Json.Obj root, String key, Class<? extends Json> type, String kind,
                               List<Violation> violations) {
        root.get(key).filter(v -> !type.isInstance(v)).ifPresent(v ->
                violations.add(violation(JsonPointer.ROOT.at(key), "wrong_type", "must be " + kind)));
    }

    private static String scalar(Json value) {
        return switch (value) {
            case Json.Str s -> s.value();
            case Json.Num n -> n.value().toPlainString();
            default -> "";
        };
    }

    static Violation violation(JsonPointer at, String code, String message) {
        return new Violation(at.value(), code, message);
    }
}
