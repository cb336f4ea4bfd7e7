package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.ExpressionFailure;
import dev.glyphic.domain.workflow.FieldSpec;
import dev.glyphic.domain.workflow.NodeType;
import dev.glyphic.domain.workflow.TemplateEvaluation;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One node's fields as its runner reads them: an absent (or null) field takes the default its type declares, and
 * expressions are rendered only in fields whose declaration allows them (elsewhere {@code {{ }}} is plain text).
 * Whatever cannot be read is a {@link FieldProblem} naming the field, which {@link FieldReader} turns into the
 * node's failure.
 */
final class NodeFields {
    private static final int SHOWN_VALUE_LENGTH = 100;

    private final NodeType type;
    private final NodeInvocation invocation;
    private final TemplateEvaluation templates;

    NodeFields(NodeType type, NodeInvocation invocation, TemplateEvaluation templates) {
        this.type = type;
        this.invocation = invocation;
        this.templates = templates;
    }

    /** The field's value, rendered; {@link Json#NULL} when it is absent and has no default. */
    Json value(String name) {
        FieldSpec spec = spec(name);
        Json raw = invocation.node().fields().get(name);
        if (raw == null || raw instanceof Json.Null) {
            raw = spec.defaultValue().orElse(Json.NULL);
        }
        if (!spec.expressionAllowed()) {
            return raw;
        }
        try {
            return templates.render(raw, invocation.context());
        } catch (ExpressionFailure e) {
            throw new FieldProblem(name, e.getMessage());
        }
    }

    /** The field's value when it is set (or defaulted) to something other than null. */
    Optional<Json> optional(String name) {
        Json value = value(name);
        return value instanceof Json.Null ? Optional.empty() : Optional.of(value);
    }

    String text(String name) {
        return switch (value(name)) {
            case Json.Str text -> text.value();
            case Json other -> throw new FieldProblem(name, "must be a string, was " + shown(other));
        };
    }

    Optional<String> optionalText(String name) {
        return optional(name).map(value -> switch (value) {
            case Json.Str text -> text.value();
            case Json other -> throw new FieldProblem(name, "must be a string, was " + shown(other));
        });
    }

    boolean flag(String name) {
        return switch (value(name)) {
            case Json.Bool flag -> flag.value();
            case Json other -> throw new FieldProblem(name, "must be true or false, was " + shown(other));
        };
    }

    /** An ISO-8601 duration, positive and at most {@code max}: an expression may yield what a save could not check. */
    Duration duration(String name, Duration max) {
        String text = text(name);
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new FieldProblem(name, "must be an ISO-8601 duration such as PT5M or P1D, was \"" + text + "\"");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(max) > 0) {
            throw new FieldProblem(name, "must be positive and at most " + max + ", was " + duration);
        }
        return duration;
    }

    /** A value as a message shows it: its kind and, shortened, its JSON text. */
    static String shown(Json value) {
        if (value instanceof Json.Null) {
            return "null";
        }
        String text = JsonText.write(value);
        if (text.length() > SHOWN_VALUE_LENGTH) {
            text = text.substring(0, SHOWN_VALUE_LENGTH) + "…";
        }
        return value.kind() + " " + text;
    }

    private FieldSpec spec(String name) {
        return type.fields().stream().filter(field -> field.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.id() + " declares no field " + name));
    }
}
