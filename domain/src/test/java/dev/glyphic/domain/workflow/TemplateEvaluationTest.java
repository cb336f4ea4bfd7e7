package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateEvaluationTest {
    private static final Json.Obj INPUT = new Json.Obj(Map.of(
            "name", Json.of("Ada"),
            "count", Json.of(3),
            "tags", new Json.Arr(List.of(Json.of("a"), Json.of("b"))),
            "missing", Json.NULL));
    private static final ExpressionContext CONTEXT = ExpressionContext.ofInput(INPUT);

    private final List<String> evaluated = new ArrayList<>();

    /** Understands only "$input.field"; anything else fails, as a real evaluator would on a bad expression. */
    private final ExpressionEvaluator fake = (expression, context) -> {
        evaluated.add(expression);
        if (!expression.startsWith("$input.")) {
            throw new ExpressionFailure("unknown expression " + expression);
        }
        return ((Json.Obj) context.input()).get(expression.substring("$input.".length())).orElse(Json.NULL);
    };
    private final TemplateEvaluation templates = new TemplateEvaluation(fake);

    private Json render(Json value) {
        return templates.render(value, CONTEXT);
    }

    @Test
    void soleExpressionKeepsItsJsonValue() {
        assertEquals(Json.of(3), render(Json.of("{{ $input.count }}")));
        assertEquals(INPUT.get("tags").orElseThrow(), render(Json.of("  {{$input.tags}} ")));
        assertEquals(Json.NULL, render(Json.of("{{ $input.missing }}")));
    }

    @Test
    void mixedTextRendersEachValueAsText() {
        assertEquals(Json.of("Hello Ada, you have 3 items"),
                render(Json.of("Hello {{ $input.name }}, you have {{ $input.count }} items")));
        assertEquals(Json.of("tags: [\"a\",\"b\"] / null"),
                render(Json.of("tags: {{ $input.tags }} / {{ $input.missing }}")));
        assertEquals(Json.of("AdaAda"), render(Json.of("{{ $input.name }}{{ $input.name }}")));
    }

    @Test
    void textWithoutExpressionsIsNotEvaluated() {
        Json.Str plain = Json.of("just text { not } a template");
        assertSame(plain, render(plain));
        assertTrue(evaluated.isEmpty());
    }

    @Test
    void objectsAndArraysRenderRecursivelyWithoutTouchingKeys() {
        Json body = new Json.Obj(Map.of(
                "{{ $input.name }}", Json.of("{{ $input.count }}"),
                "list", new Json.Arr(List.of(Json.of("x {{ $input.name }}"), Json.of(7), Json.of(true)))));
        Json expected = new Json.Obj(Map.of(
                "{{ $input.name }}", Json.of(3),
                "list", new Json.Arr(List.of(Json.of("x Ada"), Json.of(7), Json.of(true)))));
        assertEquals(expected, render(body));
    }

    @Test
    void otherValuesPassThrough() {
        Json.Num number = new Json.Num(new BigDecimal("1.50"));
        assertSame(number, render(number));
        assertSame(Json.NULL, render(Json.NULL));
        assertEquals(Json.of(false), render(Json.of(false)));
    }

    @Test
    void unbalancedBracesFail() {
        ExpressionFailure failure = assertThrows(ExpressionFailure.class,
                () -> render(Json.of("Hello {{ $input.name")));
        assertTrue(failure.getMessage().contains("never closed"), failure.getMessage());
        assertThrows(ExpressionFailure.class, () -> render(Json.of("Hello }} there")));
    }

    @Test
    void evaluatorFailuresPropagate() {
        assertThrows(ExpressionFailure.class, () -> render(Json.of("a {{ $nope }} b")));
    }
}
