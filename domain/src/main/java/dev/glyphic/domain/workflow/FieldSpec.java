package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration field of a node type.
 *
 * @param expressionAllowed whether the value may hold {@code {{ … }}} expressions over the trigger input and earlier
 *                          nodes' outputs; an expression is checked for syntax on save and evaluated at run time
 */
public record FieldSpec(String name, FieldType type, boolean required, List<String> enumValues,
                        Optional<Json> defaultValue, boolean expressionAllowed, String description) {
    public FieldSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        enumValues = List.copyOf(enumValues);
        Objects.requireNonNull(defaultValue);
        Objects.requireNonNull(description);
        if (type == FieldType.ENUM && enumValues.isEmpty()) {
            throw new IllegalArgumentException("enum field " + name + " lists no values");
        }
    }

    public static Builder field(String name, FieldType type) {
        return new Builder(name, type);
    }

    /** Reads like the field's declaration: {@code field("url", STRING).required().expressions().describe("…")}. */
    public static final class Builder {
        private final String name;
        private final FieldType type;
        private boolean required;
        private List<String> enumValues = List.of();
        private Optional<Json> defaultValue = Optional.empty();
        private boolean expressions;

        private Builder(String name, FieldType type) {
            this.name = name;
            this.type = type;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder oneOf(String... values) {
            this.enumValues = List.of(values);
            return this;
        }

        public Builder defaultsTo(Json value) {
            this.defaultValue = Optional.of(value);
            return this;
        }

        public Builder expressions() {
            this.expressions = true;
            return this;
        }

        public FieldSpec describe(String description) {
            return new FieldSpec(name, type, required, enumValues, defaultValue, expressions, description);
        }
    }
}
