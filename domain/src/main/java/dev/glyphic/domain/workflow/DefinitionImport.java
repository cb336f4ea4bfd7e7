package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a definition file into a Glyphic definition and says what had no place in it. Two formats: Glyphic's own
 * (seed 002's keys are kept, anything else dropped), and a React Flow export ({@code nodes} with {@code position}
 * and {@code data}, {@code edges}, {@code viewport}), whose nodes name their Glyphic type in {@code data.nodeType}
 * or, failing that, in {@code type}.
 */
public final class DefinitionImport {
    private static final Set<String> GLYPHIC_KEYS = Set.of("id", "revision", "last_node_id", "last_link_id", "nodes",
            "edges", "groups", "config", "metadata");
    private static final Set<String> REACT_FLOW_NODE_KEYS = Set.of("id", "type", "position", "data", "width",
            "height");
    private static final Set<String> REACT_FLOW_DATA_KEYS = Set.of("label", "nodeType", "fields", "settings");
    private static final Set<String> REACT_FLOW_EDGE_KEYS = Set.of("id", "source", "target", "sourceHandle",
            "targetHandle");

    /** The definition, and JSON pointers (into the file) of everything dropped. */
    public record Result(Json.Obj definition, List<String> dropped) {
        public Result {
            dropped = List.copyOf(dropped);
        }
    }

    private DefinitionImport() {
    }

    public static Result glyphic(Json document) {
        Json.Obj root = object(document);
        Map<String, Json> kept = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        root.fields().forEach((key, value) -> {
            if (GLYPHIC_KEYS.contains(key)) {
                kept.put(key, value);
            } else {
                dropped.add(JsonPointer.ROOT.at(key).value());
            }
        });
        return new Result(new Json.Obj(kept), dropped);
    }

    public static Result reactFlow(Json document) {
        Json.Obj root = object(document);
        List<String> dropped = new ArrayList<>();
        root.fields().keySet().stream().filter(k -> !k.equals("nodes") && !k.equals("edges"))
                .forEach(k -> dropped.add(JsonPointer.ROOT.at(k).value()));
        List<Json> nodes = new ArrayList<>();
        List<Json> edges = new ArrayList<>();
        items(root, "nodes").forEach((i, node) -> nodes.add(node(node, JsonPointer.ROOT.at("nodes").at(i), dropped)));
        items(root, "edges").forEach((i, edge) -> edges.add(keep(edge, REACT_FLOW_EDGE_KEYS,
                JsonPointer.ROOT.at("edges").at(i), dropped)));
        Map<String, Json> definition = new LinkedHashMap<>();
        definition.put("nodes", new Json.Arr(nodes));
        definition.put("edges", new Json.Arr(edges));
        definition.put("groups", Json.EMPTY_ARRAY);
        definition.put("config", Json.EMPTY_OBJECT);
        definition.put("metadata", new Json.Obj(Map.of("importedFrom", Json.of("react-flow"))));
        return new Result(new Json.Obj(definition), dropped);
    }

    private static Json node(Json value, JsonPointer at, List<String> dropped) {
        if (!(value instanceof Json.Obj node)) {
            return value;
        }
        Map<String, Json> out = new LinkedHashMap<>();
        node.get("id").ifPresent(id -> out.put("id", id));
        node.get("type").ifPresent(type -> out.put("type", type));
        if (node.get("position").orElse(null) instanceof Json.Obj position) {
            out.put("pos", new Json.Arr(List.of(position.get("x").orElse(Json.of(0)),
                    position.get("y").orElse(Json.of(0)))));
        } else if (node.get("position").isPresent()) {
            dropped.add(at.at("position").value());
        }
        if (node.get("width").isPresent() && node.get("height").isPresent()) {
            out.put("size", new Json.Arr(List.of(node.get("width").get(), node.get("height").get())));
        } else {
            // A size needs both; one alone has no place in the definition.
            node.get("width").ifPresent(w -> dropped.add(at.at("width").value()));
            node.get("height").ifPresent(h -> dropped.add(at.at("height").value()));
        }
        Map<String, Json> data = new LinkedHashMap<>();
        if (node.get("data").orElse(null) instanceof Json.Obj given) {
            given.get("label").ifPresent(label -> data.put("label", label));
            data.put("nodeType", given.get("nodeType").or(() -> node.get("type")).orElse(Json.NULL));
            data.put("fields", given.get("fields").orElse(Json.EMPTY_OBJECT));
            given.get("settings").ifPresent(settings -> data.put("settings", settings));
            given.fields().keySet().stream().filter(k -> !REACT_FLOW_DATA_KEYS.contains(k))
                    .forEach(k -> dropped.add(at.at("data").at(k).value()));
        } else {
            node.get("data").ifPresent(d -> dropped.add(at.at("data").value()));
            data.put("nodeType", node.get("type").orElse(Json.NULL));
            data.put("fields", Json.EMPTY_OBJECT);
        }
        out.put("data", new Json.Obj(data));
        node.fields().keySet().stream().filter(k -> !REACT_FLOW_NODE_KEYS.contains(k))
                .forEach(k -> dropped.add(at.at(k).value()));
        return new Json.Obj(out);
    }

    private static Json keep(Json value, Set<String> keys, JsonPointer at, List<String> dropped) {
        if (!(value instanceof Json.Obj object)) {
            return value;
        }
        Map<String, Json> out = new LinkedHashMap<>();
        object.fields().forEach((key, field) -> {
            if (keys.contains(key)) {
                out.put(key, field);
            } else {
                dropped.add(at.at(key).value());
            }
        });
        return new Json.Obj(out);
    }

    private static Map<Integer, Json> items(Json.Obj root, String key) {
        Map<Integer, Json> items = new LinkedHashMap<>();
        switch (root.get(key).orElse(null)) {
            case Json.Arr array -> {
                for (int i = 0; i < array.items().size(); i++) {
                    items.put(i, array.items().get(i));
                }
            }
            case null -> {
            }
            default -> throw new DomainException.Invalid(
                    new Violation("/definition/" + key, "wrong_type", key + " must be an array"));
        }
        return items;
    }

    private static Json.Obj object(Json document) {
        if (document instanceof Json.Obj root) {
            return root;
        }
        throw Violation.invalid("wrong_type", "a definition file is a JSON object");
    }
}
