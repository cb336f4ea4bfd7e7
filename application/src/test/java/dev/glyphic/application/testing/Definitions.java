package dev.glyphic.application.testing;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;

/** Workflow definitions in seed 002's format, written as the JSON a client sends. */
public final class Definitions {
    private Definitions() {
    }

    /** A valid definition: trigger.manual → logic.if. */
    public static Json.Obj valid() {
        return parse("""
                {"nodes": [%s, %s], "edges": [%s], "groups": [], "config": {}, "metadata": {}}
                """.formatted(node("start", "trigger.manual", "{}"),
                node("check", "logic.if", "{\"condition\": \"{{ $input.ok }}\"}"), edge("start", "check")));
    }

    /** A definition with one violation: it has no trigger, so nothing could start it. */
    public static Json.Obj withoutTrigger() {
        return parse("""
                {"nodes": [%s], "edges": [], "groups": [], "config": {}, "metadata": {}}
                """.formatted(node("check", "logic.if", "{\"condition\": \"{{ $input.ok }}\"}")));
    }

    public static String node(String id, String nodeType, String fields) {
        return """
                {"id": "%s", "type": "glyphic", "pos": [0, 0], "data": {"label": "%s", "nodeType": "%s", \
                "fields": %s}}""".formatted(id, id, nodeType, fields);
    }

    public static String edge(String source, String target) {
        return """
                {"id": "%s-%s", "source": "%s", "target": "%s"}""".formatted(source, target, source, target);
    }

    public static Json.Obj parse(String json) {
        return (Json.Obj) JsonText.parse(json);
    }
}
