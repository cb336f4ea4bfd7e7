package dev.glyphic.web.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonLimits;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import java.util.List;

/** Parsers of the request fields that workflows and templates share, to hand to {@code Validation}. */
final class WorkflowInput {
    static final int MAX_CHANGE_SUMMARY = 500;
    static final int MAX_CATEGORY = 50;

    private WorkflowInput() {
    }

    static Json.Obj definition(JsonNode node) {
        if (!node.isObject()) {
            throw Violation.invalid("wrong_type", "definition must be a JSON object, not " + kind(node));
        }
        return (Json.Obj) JsonTree.toJson(node);
    }

    static String description(String raw) {
        return bounded(raw.strip(), Workflow.MAX_DESCRIPTION);
    }

    static String changeSummary(String raw) {
        return bounded(raw.strip(), MAX_CHANGE_SUMMARY);
    }

    /** Also read from query strings, which do not pass the body's storable-text check. */
    static String category(String raw) {
        if (!JsonLimits.isStorable(raw)) {
            throw Violation.invalid(JsonLimits.UNSTORABLE_TEXT, JsonLimits.unstorableTextMessage());
        }
        return bounded(raw.strip(), MAX_CATEGORY);
    }

    static Tags tags(List<String> raw) {
        return Tags.of(raw);
    }

    private static String bounded(String value, int max) {
        if (value.length() > max) {
            throw Violation.invalid("too_long", "must be at most " + max + " characters");
        }
        return value;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "null";
        };
    }
}
