package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a node's field value before the node runs. A string that is one expression and nothing else becomes
 * that expression's JSON value (so {@code "{{ $input.count }}"} stays a number); a string mixing text and
 * expressions becomes text, each value written as-is when it is a string and as JSON text otherwise. Objects and
 * arrays are rendered member by member (their keys are never templates); other values pass through.
 */
public final class TemplateEvaluation {
    private final ExpressionEvaluator evaluator;

    public TemplateEvaluation(ExpressionEvaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /** @throws ExpressionFailure when an expression fails or a string's braces do not pair up */
    public Json render(Json value, ExpressionContext context) {
        return switch (value) {
            case Json.Str s -> renderString(s, context);
            case Json.Obj o -> {
                Map<String, Json> fields = new LinkedHashMap<>();
                o.fields().forEach((key, field) -> fields.put(key, render(field, context)));
                yield new Json.Obj(fields);
            }
            case Json.Arr a -> {
                List<Json> items = new ArrayList<>(a.items().size());
                a.items().forEach(item -> items.add(render(item, context)));
                yield new Json.Arr(items);
            }
            case Json.Num n -> n;
            case Json.Bool b -> b;
            case Json.Null n -> n;
        };
    }

    private Json renderString(Json.Str text, ExpressionContext context) {
        if (!Templates.hasExpressions(text.value()) && !text.value().contains(Templates.CLOSE)) {
            return text;
        }
        Optional<String> sole = Templates.soleExpression(text.value());
        if (sole.isPresent()) {
            return evaluator.evaluate(sole.get(), context);
        }
        if (Templates.parse(text.value()) instanceof Templates.Parsed.Unbalanced unbalanced) {
            throw new ExpressionFailure(unbalanced.problem());
        }
        return Json.of(interpolate(text.value(), context));
    }

    /** Walks the text as {@link Templates#parse} does, which has already found the braces balanced. */
    private String interpolate(String text, ExpressionContext context) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        int open;
        while ((open = text.indexOf(Templates.OPEN, from)) >= 0) {
            int close = text.indexOf(Templates.CLOSE, open + Templates.OPEN.length());
            out.append(text, from, open);
            String expression = text.substring(open + Templates.OPEN.length(), close).strip();
            out.append(asText(evaluator.evaluate(expression, context)));
            from = close + Templates.CLOSE.length();
        }
        return out.append(text, from, text.length()).toString();
    }

    private static String asText(Json value) {
        return value instanceof Json.Str s ? s.value() : JsonText.write(value);
    }
}
