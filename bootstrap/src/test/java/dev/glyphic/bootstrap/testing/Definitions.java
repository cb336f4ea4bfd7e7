package dev.glyphic.bootstrap.testing;

import static dev.glyphic.bootstrap.testing.Api.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workflow definitions as a client sends them (seed 002's format), built the one way every test builds them. */
public final class Definitions {
    private Definitions() {
    }

    public static Map<String, Object> node(String id, String nodeType, Map<String, Object> fields) {
        return node(id, nodeType, fields, Map.of());
    }

    /** A node with engine settings ({@code data.settings}: retry, timeoutMs) when {@code settings} is not empty. */
    public static Map<String, Object> node(String id, String nodeType, Map<String, Object> fields,
                                          Map<String, Object> settings) {
        Map<String, Object> data = new LinkedHashMap<>(json("label", id, "nodeType", nodeType, "fields", fields));
        if (!settings.isEmpty()) {
            data.put("settings", settings);
        }
        return json("id", id, "type", "glyphic", "pos", List.of(0, 0), "data", data);
    }

    /** The manual trigger every runnable test workflow starts at, with the id {@code start}. */
    public static Map<String, Object> trigger() {
        return node("start", "trigger.manual", Map.of());
    }

    public static Map<String, Object> edge(String source, String target) {
        return json("id", source + "-" + target, "source", source, "target", target);
    }

    public static Map<String, Object> edge(String source, String sourceHandle, String target) {
        return json("id", source + "-" + sourceHandle + "-" + target, "source", source, "sourceHandle", sourceHandle,
                "target", target);
    }

    public static Map<String, Object> definition(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        return json("nodes", nodes, "edges", edges, "groups", List.of(), "config", json(), "metadata", json());
    }
}
