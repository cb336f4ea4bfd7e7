package dev.glyphic.web.workflow;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonLimits;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.web.support.JsonBreach;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jackson's tree to the domain's {@link Json} and back, exactly: numbers stay the decimals they were written as,
 * object keys keep their order.
 */
public final class JsonTree {
    private JsonTree() {
    }

    public static Json toJson(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                Map<String, Json> fields = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    fields.put(field.getKey(), toJson(field.getValue()));
                }
                yield new Json.Obj(fields);
            }
            case ARRAY -> {
                List<Json> items = new ArrayList<>(node.size());
                node.forEach(item -> items.add(toJson(item)));
                yield new Json.Arr(items);
            }
            case STRING -> new Json.Str(node.textValue());
            case NUMBER -> number(node);
            case BOOLEAN -> Json.of(node.booleanValue());
            case NULL -> Json.NULL;
            case BINARY, POJO, MISSING -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        };
    }

    public static JsonNode toNode(Json value) {
        return switch (value) {
            case Json.Obj o -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                o.fields().forEach((key, field) -> object.set(key, toNode(field)));
                yield object;
            }
            case Json.Arr a -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode(a.items().size());
                a.items().forEach(item -> array.add(toNode(item)));
                yield array;
            }
            case Json.Str s -> TextNode.valueOf(s.value());
            case Json.Num n -> number(n.value());
            case Json.Bool b -> BooleanNode.valueOf(b.value());
            case Json.Null n -> NullNode.getInstance();
        };
    }

    private static Json number(JsonNode node) {
        if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
            throw Violation.invalid(JsonLimits.NUMBER_OUT_OF_RANGE, JsonLimits.numberMessage());
        }
        return new Json.Num(node.decimalValue());
    }

    /** Integers as integer nodes (written without exponent), every other number as the exact decimal it is. */
    private static JsonNode number(BigDecimal value) {
        if (value.scale() == 0) {
            return value.unscaledValue().bitLength() < 64 ? LongNode.valueOf(value.longValueExact())
                    : BigIntegerNode.valueOf(value.unscaledValue());
        }
        return DecimalNode.valueOf(value);
    }

    /**
     * Reads a request's JSON document (a definition) as a tree whose numbers are {@link BigDecimal}s rather than
     * doubles, and which refuses duplicate keys: a document with two values for one key means different things to
     * different readers. An explicit {@code null} stays a null node, so that it is told apart from an absent field.
     * The value is held to {@link JsonLimits} here, as it is read: what PostgreSQL cannot store is a 400 pointing
     * into the value, not a failed statement later.
     */
    public static final class Exact extends StdDeserializer<JsonNode> {
        private static final ObjectReader READER = new ObjectMapper().reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

        public Exact() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = READER.readTree(parser);
            Optional<JsonLimits.Breach> breach = JsonLimits.check(toJson(tree));
            if (breach.isPresent()) {
                throw new JsonBreach(parser, breach.get());
            }
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return NullNode.getInstance();
        }

        /** An absent field stays absent (Java null): records would otherwise receive the null value above. */
        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
