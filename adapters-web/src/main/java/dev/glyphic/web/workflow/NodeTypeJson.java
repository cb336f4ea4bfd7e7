package dev.glyphic.web.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.FieldSpec;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeType;
import dev.glyphic.domain.workflow.nodes.LogicSwitch;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The node catalogue as editors need it: handles to draw, and a JSON Schema (2020-12) to build each form from. */
public final class NodeTypeJson {
    static final String SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private NodeTypeJson() {
    }

    public record HandleJson(@Schema(maxLength = 200) String name,
                             @Schema(type = "string", allowableValues = {"any", "json", "text", "number", "boolean",
                             "media"}) String type) {
        static HandleJson of(Handle h) {
            return new HandleJson(h.name(), h.type().wireName());
        }
    }

    /** Outputs that depend on the node's configuration: one per value of {@code field}, plus the {@code fixed} ones. */
    public record DynamicOutputs(@Schema(maxLength = 200) String field,
                                 @ArraySchema(maxItems = 100, schema = @Schema(maxLength = 200)) List<String> fixed,
                                 @Schema(maxLength = 2000) String description) {
    }

    /**
     * {@code outputs} are those of a node left at its defaults; {@code dynamicOutputs}, when present, says how a
     * configured node's outputs are computed.
     */
    public record Response(@Schema(maxLength = 200) String id,
                           @Schema(type = "string", allowableValues = {"trigger", "action", "data", "logic", "flow",
                           "content",
                                   "integration"}) String category,
                           @Schema(maxLength = 2000) String description,
                           @ArraySchema(maxItems = 100) List<HandleJson> inputs,
                           @ArraySchema(maxItems = 100) List<HandleJson> outputs,
                           @JsonInclude(JsonInclude.Include.NON_NULL) DynamicOutputs dynamicOutputs,
                           JsonNode fieldsSchema) {
        public static Response of(NodeType type) {
            Map<String, Json> defaults = new LinkedHashMap<>();
            type.fields().forEach(f -> f.defaultValue().ifPresent(value -> defaults.put(f.name(), value)));
            return new Response(type.id(), type.category().wireName(), type.description(),
                    type.inputs().stream().map(HandleJson::of).toList(),
                    type.outputs(defaults).stream().map(HandleJson::of).toList(), NodeTypeJson.dynamicOutputs(type),
                    NodeTypeJson.fieldsSchema(type));
        }
    }

    public record Page(@ArraySchema(maxItems = 200) List<Response> items) {
    }

    private static DynamicOutputs dynamicOutputs(NodeType type) {
        if (type instanceof LogicSwitch) {
            return new DynamicOutputs("cases", List.of(LogicSwitch.DEFAULT),
                    "one output per entry of cases, named like it, then " + LogicSwitch.DEFAULT);
        }
        return null;
    }

    static ObjectNode fieldsSchema(NodeType type) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode schema = json.objectNode();
        schema.put("$schema", SCHEMA_DIALECT);
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = json.arrayNode();
        for (FieldSpec field : type.fields()) {
            properties.set(field.name(), fieldSchema(field));
            if (field.required()) {
                required.add(field.name());
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode fieldSchema(FieldSpec field) {
        ObjectNode schema = field.expressionAllowed() && !takesText(field.type())
                ? orExpression(valueSchema(field)) : valueSchema(field);
        schema.put("description", field.description());
        field.defaultValue().ifPresent(value -> schema.set("default", JsonTree.toNode(value)));
        if (field.expressionAllowed()) {
            schema.put("x-glyphic-expressions", true);
        }
        return schema;
    }

    /** A {@code {{ … }}} expression is text whatever the field's type; it is evaluated at run time. */
    private static ObjectNode orExpression(ObjectNode value) {
        ObjectNode either = JsonNodeFactory.instance.objectNode();
        either.putArray("anyOf").add(value).addObject().put("type", "string").put("pattern", "\\{\\{");
        return either;
    }

    private static ObjectNode valueSchema(FieldSpec field) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        switch (field.type()) {
            case STRING -> schema.put("type", "string");
            case TEXT -> schema.put("type", "string").put("x-glyphic-multiline", true);
            case SECRET_REF -> schema.put("type", "string").put("x-glyphic-secret-ref", true);
            case WORKFLOW_REF -> schema.put("type", "string").put("format", "uuid");
            case NUMBER -> schema.put("type", "number");
            case INTEGER -> schema.put("type", "integer");
            case BOOLEAN -> schema.put("type", "boolean");
            case ENUM -> {
                schema.put("type", "string");
                field.enumValues().forEach(schema.putArray("enum")::add);
            }
            case JSON -> {
                // any JSON value: the empty schema
            }
            case STRING_LIST -> schema.put("type", "array").putObject("items").put("type", "string");
        }
        return schema;
    }

    private static boolean takesText(FieldType type) {
        return switch (type) {
            case STRING, TEXT, SECRET_REF, JSON -> true;
            case NUMBER, INTEGER, BOOLEAN, ENUM, STRING_LIST, WORKFLOW_REF -> false;
        };
    }
}
