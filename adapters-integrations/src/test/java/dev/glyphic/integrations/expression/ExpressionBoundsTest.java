package dev.glyphic.integrations.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.ExpressionContext;
import dev.glyphic.domain.workflow.ExpressionFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What one expression may build is bounded while it is built, and its regular expressions run in linear time: the
 * expressions of issue #5 ({@code [1..3000000]} grew the server by 2 GB; {@code /(a|aa){1,60}b/} kept a core busy
 * long past its node's timeout).
 */
class ExpressionBoundsTest {
    private static final String AS = "a".repeat(40);
    private static final ExpressionContext CONTEXT = ExpressionContext.ofInput(JsonText.parse(
            "{\"s\": \"" + AS + "\", \"words\": \"one two  three\"}"));

    private final JsonataExpressionEvaluator evaluator = new JsonataExpressionEvaluator();

    private Json eval(String expression) {
        return evaluator.evaluate(expression, CONTEXT);
    }

    /**
     * Refused by the size bounds while the value was built: the failure's code says which bound stopped it (the time
     * limit answers a timeout instead), so no wall clock is asked, which a loaded machine would make flaky.
     */
    private ExpressionFailure refused(String expression) {
        return assertThrows(ExpressionFailure.class, () -> eval(expression));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[1..3000000]",
            "[1..10000000]",
            "[1..100000].[[1..100000]]",
            "$pad(\"x\", 100000000)",
            "$pad(\"x\", -100000000, \"ab\")",
            "$join($split($pad(\"\", 100000, \"a\"), \"\"), $pad(\"\", 100, \"-\"))",
            "$replace($pad(\"\", 100000, \"a\"), \"a\", $pad(\"\", 1000, \"b\"))",
            "$replace($pad(\"\", 100000, \"a\"), /a/, $pad(\"\", 1000, \"b\"))",
            "$reduce([1..100000], function($acc, $i){ $acc & \"0123456789\" }, \"\")",
            "$split($pad(\"\", 200000, \"a\"), \"\")"
    })
    void expressionsThatWouldBuildTooMuchFailWhileBuildingIt(String expression) {
        ExpressionFailure failure = refused(expression);
        assertTrue(failure.getMessage().startsWith("expression_too_large: "), failure.getMessage());
    }

    @Test
    void valuesWithinTheLimitsAreBuilt() {
        assertEquals(100_000, ((Json.Arr) eval("[1..100000]")).items().size());
        assertEquals(Json.of(5_000_050_000L), eval("$sum([1..100000])"));
        assertEquals(1000, ((Json.Str) eval("$pad(\"x\", 1000, \"-\")")).value().length());
        assertEquals(Json.of("--x"), eval("$pad(\"x\", -3, \"-\")"));
        assertEquals(Json.of("1,2,3"), eval("$join([\"1\", \"2\", \"3\"], \",\")"));
    }

    @Test
    void limitsAreTheOperators() {
        JsonataExpressionEvaluator strict = new JsonataExpressionEvaluator(Duration.ofSeconds(1), 300,
                new ExpressionLimits(10, 20, 1_000, 1_000));
        assertEquals(10, ((Json.Arr) strict.evaluate("[1..10]", CONTEXT)).items().size());
        ExpressionFailure range = assertThrows(ExpressionFailure.class, () -> strict.evaluate("[1..11]", CONTEXT));
        assertTrue(range.getMessage().contains("11 items, more than the 10"), range.getMessage());
        ExpressionFailure text = assertThrows(ExpressionFailure.class,
                () -> strict.evaluate("\"0123456789\" & \"0123456789\" & \"!\"", CONTEXT));
        assertTrue(text.getMessage().contains("21 characters"), text.getMessage());
    }

    /**
     * A backtracking engine would not finish these within the evaluator's time limit, which fails the evaluation; RE2/J
     * answers at once. No wall clock is asked here: the evaluator's own limit is the judge.
     */
    @Test
    void aCatastrophicPatternRunsInLinearTime() {
        assertEquals(Json.NULL, eval("$match($input.s & $input.s & $input.s, /(a|aa){1,60}b/)"));
        assertEquals(Json.of(false), eval("$contains($input.s & $input.s, /(a|aa){1,60}b/)"));
        assertEquals(Json.of(AS), eval("$replace($input.s, /(a|aa){1,60}b/, \"x\")"));
        assertEquals(Json.NULL, eval("/(a|aa){1,60}b/($input.s)"));
        assertEquals(Json.of(false), eval("$contains($input.s, /^(a+)+$b/)"));
    }

    @Test
    void regexFunctionsKeepTheirMeaning() {
        assertEquals(JsonText.parse("{\"match\": \"two\", \"index\": 4, \"groups\": [\"w\"]}"),
                eval("$match($input.words, /t(w)o/)"));
        assertEquals(JsonText.parse("[\"one\", \"two\", \"three\"]"), eval("$split($input.words, / +/)"));
        assertEquals(JsonText.parse("[\"one\", \"two\"]"), eval("$split($input.words, / +/, 2)"));
        assertEquals(JsonText.parse("[\"one\", \"two\", \"\", \"three\"]"), eval("$split($input.words, \" \")"));
        assertEquals(Json.of("one [t-w-o]$  three"), eval("$replace($input.words, /t(w)(o) /, \"[t-$1-$2]$$ \")"));
        assertEquals(Json.of("ONE two  three"),
                eval("$replace($input.words, /o\\w+/, function($m){ $uppercase($m.match) }, 1)"));
        assertEquals(Json.of("1ne tw1  three"), eval("$replace($input.words, \"o\", \"1\")"));
        assertEquals(Json.of(true), eval("$contains($input.words, /TWO/i)"));
        assertEquals(Json.of(4), eval("/two/($input.words).start"));
        assertEquals(Json.of(2), eval("$count($match($input.words, /o/))"));
        assertEquals(JsonText.parse("[\"two\", \"three\"]"), eval("$filter($split($input.words, / +/), function($w){ $contains($w, /^t/) })"));
    }

    @Test
    void aPatternRe2CannotRunIsRefusedByName() {
        ExpressionFailure backreference = assertThrows(ExpressionFailure.class, () -> eval("$match(\"aa\", /(a)\\1/)"));
        assertTrue(backreference.getMessage().startsWith("regex_unsupported: "), backreference.getMessage());
        ExpressionFailure lookahead = assertThrows(ExpressionFailure.class,
                () -> eval("$replace(\"ab\", /a(?=b)/, \"x\")"));
        assertTrue(lookahead.getMessage().startsWith("regex_unsupported: "), lookahead.getMessage());
    }

    @Test
    void anInterruptedEvaluationStopsAtItsNextStep() throws Exception {
        JsonataExpressionEvaluator patient = new JsonataExpressionEvaluator(Duration.ofMinutes(1), 300);
        Thread.currentThread().interrupt();
        try {
            ExpressionFailure stopped = assertThrows(ExpressionFailure.class,
                    () -> patient.evaluate("($f := function($x){ $f($x) }; $f(1))", CONTEXT));
            assertTrue(stopped.getMessage().contains("stopped"), stopped.getMessage());
        } finally {
            Thread.interrupted();
        }
    }
}
