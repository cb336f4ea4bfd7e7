package dev.glyphic.integrations.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.ExpressionContext;
import dev.glyphic.domain.workflow.ExpressionFailure;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonataExpressionEvaluatorTest {
    private static final ExpressionContext CONTEXT = new ExpressionContext(
            JsonText.parse("""
                    {"name": "Ada", "n": 2, "price": 1.5, "views": 1500, "nothing": null,
                     "orders": [{"price": 10}, {"price": 2.5}, {"price": 7.5}]}"""),
            JsonText.parse("""
                    {"items": [{"id": "i-1"}, {"id": "i-2"}]}"""),
            Map.of("fetch", JsonText.parse("""
                    {"status": 200, "body": {"ok": true}}""")));

    private final JsonataExpressionEvaluator evaluator = new JsonataExpressionEvaluator();

    private Json eval(String expression) {
        return evaluator.evaluate(expression, CONTEXT);
    }

    private static Json num(String value) {
        return new Json.Num(new BigDecimal(value));
    }

    @Test
    void readsTheThreeVariables() {
        assertEquals(Json.of("Ada"), eval("$input.name"));
        assertEquals(Json.of("i-1"), eval("$trigger.items[0].id"));
        assertEquals(Json.of(true), eval("$nodes.fetch.status = 200"));
        assertEquals(JsonText.parse("{\"ok\": true}"), eval("$nodes.fetch.body"));
    }

    @Test
    void arithmeticYieldsNumbersWithoutSpuriousFractions() {
        assertEquals(Json.of(4), eval("$input.n * 2"));
        assertEquals(num("3"), eval("$input.price * 2"));
        assertEquals(num("0.75"), eval("$input.price / 2"));
        assertEquals(num("20"), eval("$sum($input.orders.price)"));
    }

    @Test
    void concatenatesStrings() {
        assertEquals(Json.of("Hello Ada (2)"), eval("\"Hello \" & $input.name & \" (\" & $input.n & \")\""));
    }

    @Test
    void conditionalAgainstTheInputAsContext() {
        assertEquals(Json.of("hot"), eval("views > 1000 ? \"hot\" : \"not\""));
        assertEquals(Json.of("not"), evaluator.evaluate("views > 1000 ? \"hot\" : \"not\"",
                ExpressionContext.ofInput(JsonText.parse("{\"views\": 3}"))));
    }

    @Test
    void buildsObjectsAndArrays() {
        assertEquals(JsonText.parse("{\"who\": \"ADA\", \"prices\": [10, 2.5, 7.5]}"),
                eval("{\"who\": $uppercase($input.name), \"prices\": $input.orders.price}"));
    }

    @Test
    void undefinedAndNullBecomeJsonNull() {
        assertEquals(Json.NULL, eval("$input.notThere"));
        assertEquals(Json.NULL, eval("$nodes.unknown.status"));
        assertEquals(Json.NULL, eval("$input.nothing"));
    }

    @Test
    void runawayRecursionFails() {
        JsonataExpressionEvaluator bounded = new JsonataExpressionEvaluator(Duration.ofMillis(200), 300);
        // Tail recursion does not grow the depth: the time limit ends it.
        ExpressionFailure timedOut = assertThrows(ExpressionFailure.class,
                () -> bounded.evaluate("($f := function($x){ $f($x) }; $f(1))", CONTEXT));
        assertTrue(timedOut.getMessage().contains("timeout"), timedOut.getMessage());
        ExpressionFailure tooDeep = assertThrows(ExpressionFailure.class,
                () -> bounded.evaluate("($f := function($x){ $x + $f($x) }; $f(1))", CONTEXT));
        assertTrue(tooDeep.getMessage().contains("max=300"), tooDeep.getMessage());
        assertFalse(tooDeep.getMessage().startsWith("JSonataException"), tooDeep.getMessage());
    }

    @Test
    void syntaxErrorsFailWithAShortMessage() {
        ExpressionFailure failure = assertThrows(ExpressionFailure.class, () -> eval("$input.name ="));
        assertFalse(failure.getMessage().isBlank());
        assertTrue(failure.getMessage().length() <= JsonataMessages.MAX_LENGTH, failure.getMessage());
        assertThrows(ExpressionFailure.class, () -> eval("{ \"a\": "));
    }

    @Test
    void runtimeErrorsFail() {
        assertThrows(ExpressionFailure.class, () -> eval("$input.name * 2"));
        assertThrows(ExpressionFailure.class, () -> eval("$error(\"stop\")"));
    }

    @Test
    void refusesOverlongExpressions() {
        ExpressionFailure failure = assertThrows(ExpressionFailure.class,
                () -> eval("1" + " + 1".repeat(JsonataExpressionSyntax.MAX_LENGTH / 4)));
        assertTrue(failure.getMessage().contains("longer than"), failure.getMessage());
    }

    @Test
    void functionsAreNotData() {
        assertThrows(ExpressionFailure.class, () -> eval("function($x){ $x }"));
        assertThrows(ExpressionFailure.class, () -> eval("$sum"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$eval(\"1 + 1\")",
            "$eval(\"($f := function($x){ $f($x) }; $f(1))\")"})
    void evalIsNotAvailable(String expression) {
        assertThrows(ExpressionFailure.class, () -> eval(expression));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$java(\"java.lang.Runtime\")",
            "$exec(\"ls\")",
            "$input.getClass()"})
    void noJavaIsReachable(String expression) {
        assertThrows(ExpressionFailure.class, () -> eval(expression));
    }

    @Test
    void javaLookingPathsAreOnlyPaths() {
        assertEquals(Json.NULL, eval("$system.exit(1)"));
    }

    @Test
    void evaluatesConcurrentlyWithoutSharingVariables() throws Exception {
        var results = new java.util.concurrent.ConcurrentLinkedQueue<Boolean>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 200; i++) {
                long n = i;
                pool.submit(() -> results.add(Json.of(n * 2).equals(evaluator.evaluate("$input.n * 2",
                        ExpressionContext.ofInput(new Json.Obj(Map.of("n", Json.of(n))))))));
            }
        }
        assertEquals(200, results.size());
        assertFalse(results.contains(false));
    }
}
