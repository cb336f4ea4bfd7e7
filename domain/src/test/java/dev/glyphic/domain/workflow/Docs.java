package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow documents for tests, built node by node, and the validator they are checked with: the standard
 * catalogue, default limits, a fake expression language and one known sub-workflow.
 */
final class Docs {
    /** The one workflow the test workspace holds, for {@code flow.subworkflow} references. */
    static final String KNOWN_WORKFLOW = "0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b";

    /**
     * Stands in for the JSONata adapter: refuses expressions holding "!!" or ending with ".", accepts the rest.
     * What matters here is that the validator asks it, about the right text, and reports what it answers.
     */
    static final ExpressionSyntax FAKE_SYNTAX = expression -> {
        if (expression.contains("!!")) {
            return Optional.of("'!!' is not an operator");
        }
        if (expression.endsWith(".")) {
            return Optional.of("a path cannot end with '.'");
        }
        return Optional.empty();
    };

    static final DefinitionValidator.WorkflowReferences REFERENCES = KNOWN_WORKFLOW::equals;

    private Docs() {
    }

    static Builder workflow() {
        return new Builder();
    }

    static DefinitionValidator validator(NodeCatalogue catalogue, DefinitionLimits limits) {
        return new DefinitionValidator(catalogue, limits, FAKE_SYNTAX);
    }

    static List<Violation> validate(Json document) {
        return validate(NodeCatalogue.standard(), document);
    }

    static List<Violation> validate(NodeCatalogue catalogue, Json document) {
        return validator(catalogue, DefinitionLimits.DEFAULT)
                .validate(document, JsonText.utf8Length(document), REFERENCES);
    }

    /** Asserts exactly these violations, each written {@code "code /pointer"}, in any order. */
    static void assertViolations(List<Violation> actual, String... expected) {
        assertEquals(Arrays.stream(expected).sorted().toList(), codesAndPointers(actual),
                () -> "violations: " + actual);
    }

    static void assertViolations(Json document, String... expected) {
        assertViolations(validate(document), expected);
    }

    static void assertValid(Json document) {
        assertViolations(validate(document));
    }

    static List<String> codesAndPointers(List<Violation> violations) {
        return violations.stream().map(v -> v.code() + " " + v.pointer()).sorted().toList();
    }

    /** The single violation there is, to look at its message. */
    static Violation only(List<Violation> violations) {
        assertEquals(1, violations.size(), () -> "violations: " + violations);
        return violations.getFirst();
    }

    /** Plain Java values to JSON: strings, numbers, booleans, null, lists, maps and Json itself. */
    static Json json(Object value) {
        return switch (value) {
            case null -> Json.NULL;
            case Json j -> j;
            case String s -> Json.of(s);
            case Boolean b -> Json.of(b);
            case Integer i -> Json.of(i);
            case Long l -> Json.of(l);
            case BigDecimal d -> new Json.Num(d);
            case Double d -> new Json.Num(BigDecimal.valueOf(d));
            case List<?> list -> new Json.Arr(list.stream().map(Docs::json).toList());
            case Map<?, ?> map -> {
                Map<String, Json> fields = new LinkedHashMap<>();
                map.forEach((k, v) -> fields.put((String) k, json(v)));
                yield new Json.Obj(fields);
            }
            default -> throw new IllegalArgumentException("no JSON for " + value.getClass());
        };
    }

    /** An object from key, value, key, value… (unlike {@code Map.of}, keeps order and allows null values). */
    static Json.Obj obj(Object... keysAndValues) {
        Map<String, Json> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], json(keysAndValues[i + 1]));
        }
        return new Json.Obj(fields);
    }

    static Json.Arr arr(Object... items) {
        List<Json> values = new ArrayList<>();
        for (Object item : items) {
            values.add(json(item));
        }
        return new Json.Arr(values);
    }

    static Json.Obj node(String id, String nodeType, Object... fields) {
        return obj("id", id, "data", obj("nodeType", nodeType, "fields", obj(fields)));
    }

    /** A document under construction; nodes and edges keep the order they are added in (their pointer index). */
    static final class Builder {
        private final List<Json> nodes = new ArrayList<>();
        private final List<Json> edges = new ArrayList<>();
        private final Map<String, Json> extra = new LinkedHashMap<>();

        /** A node of the given type; fields are given as name, value, name, value… */
        Builder node(String id, String nodeType, Object... fields) {
            nodes.add(Docs.node(id, nodeType, fields));
            return this;
        }

        Builder labelled(String id, String label, String nodeType, Object... fields) {
            nodes.add(obj("id", id, "data", obj("label", label, "nodeType", nodeType, "fields", obj(fields))));
            return this;
        }

        /** A manual trigger: the simplest node that makes a workflow startable. */
        Builder trigger(String id) {
            return node(id, "trigger.manual");
        }

        /** A data.set node with a valid configuration: the simplest action to chain. */
        Builder step(String id) {
            return node(id, "data.set", "values", obj("step", id));
        }

        Builder raw(Json node) {
            nodes.add(node);
            return this;
        }

        Builder edge(String source, String target) {
            return edge(source, null, target, null);
        }

        /** An edge; a null handle is left out of the document. */
        Builder edge(String source, String sourceHandle, String target, String targetHandle) {
            Map<String, Json> edge = new LinkedHashMap<>();
            edge.put("id", Json.of("e" + edges.size()));
            edge.put("source", Json.of(source));
            if (sourceHandle != null) {
                edge.put("sourceHandle", Json.of(sourceHandle));
            }
            edge.put("target", Json.of(target));
            if (targetHandle != null) {
                edge.put("targetHandle", Json.of(targetHandle));
            }
            edges.add(new Json.Obj(edge));
            return this;
        }

        Builder rawEdge(Json edge) {
            edges.add(edge);
            return this;
        }

        /** Any other top-level key (groups, config, viewport…). */
        Builder with(String key, Object value) {
            extra.put(key, json(value));
            return this;
        }

        Json.Obj build() {
            Map<String, Json> document = new LinkedHashMap<>();
            document.put("nodes", new Json.Arr(nodes));
            document.put("edges", new Json.Arr(edges));
            document.putAll(extra);
            return new Json.Obj(document);
        }

        WorkflowDefinition read() {
            return DefinitionReader.read(build()).definition().orElseThrow();
        }
    }
}
