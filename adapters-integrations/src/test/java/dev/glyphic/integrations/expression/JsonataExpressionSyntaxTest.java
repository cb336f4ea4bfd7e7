package dev.glyphic.integrations.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonataExpressionSyntaxTest {
    private final JsonataExpressionSyntax syntax = new JsonataExpressionSyntax();

    @ParameterizedTest
    @ValueSource(strings = {
            "$input.name",
            "$sum(orders.price)",
            "views > 1000 ? \"hot\" : \"not\"",
            "$trigger.body.items[0].id",
            "$input.items[price > 10].name",
            "$count($trigger.body.items) = 0 ? null : $trigger.body.items[-1]",
            "{ \"title\": $uppercase($input.title), \"tags\": $input.tags }",
            "$input.title & \" – \" & $string($input.views)",
            "$notAKnownFunctionYet($input)",
            "($x := 2; $x * $input.n)"})
    void validExpressionsHaveNoProblem(String expression) {
        assertEquals(Optional.empty(), syntax.problem(expression));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`$input.`   | Unexpected end of expression (position 7)",
            "`(1 + `     | Expected \")\" before end of expression (position 5)",
            "`views >> 3`| The symbol \">\" cannot be used as a unary operator (position 8)",
            "`\"unclosed`| String literal must be terminated by a matching quote (position 9)",
            "`a b`       | Syntax error: \"b\" (position 3)",
            "``          | Unexpected end of expression (position 0)"})
    void invalidExpressionsReportTheLibrarysMessageAndPosition(String expression, String message) {
        assertEquals(Optional.of(message), syntax.problem(expression));
    }

    @Test
    void aRegularExpressionRe2CannotRunIsAProblemAtSave() {
        String problem = syntax.problem("$match($input.s, /(a)\\1/)").orElseThrow();
        assertTrue(problem.startsWith("regex_unsupported: "), problem);
        assertEquals(Optional.empty(), syntax.problem("$match($input.s, /(a|aa){1,60}b/i)"));
    }

    @Test
    void expressionsLongerThanTheLimitAreRefusedUnparsed() {
        String longest = "1" + " ".repeat(JsonataExpressionSyntax.MAX_LENGTH - 1);
        assertEquals(Optional.empty(), syntax.problem(longest));

        assertEquals(Optional.of("expression is longer than 10000 characters"), syntax.problem(longest + " "));
    }

    @Test
    void longMessagesAreShortened() {
        String expression = "a \"" + "x".repeat(500) + "\"";
        String message = syntax.problem(expression).orElseThrow();

        assertEquals(JsonataExpressionSyntax.MAX_MESSAGE_LENGTH, message.length());
        assertTrue(message.startsWith("Syntax error: \"xxx"), message);
        assertTrue(message.endsWith("…"), message);
    }

    /** Pathological shapes at the length limit must come back as an answer, never as a thrown error. */
    @ParameterizedTest
    @MethodSource("pathological")
    void pathologicalExpressionsAtTheLimitAreAnswered(String expression) {
        assertTrue(expression.length() <= JsonataExpressionSyntax.MAX_LENGTH);

        Optional<String> problem = syntax.problem(expression);

        problem.ifPresent(p -> assertTrue(p.length() <= JsonataExpressionSyntax.MAX_MESSAGE_LENGTH, p));
        problem.ifPresent(p -> assertTrue(p.lines().count() == 1, p));
        // The parser is per thread and reused: a blown-up parse must not spoil the next one.
        assertEquals(Optional.empty(), syntax.problem("$input.name"));
    }

    static String[] pathological() {
        return new String[] {
            "(".repeat(4999) + "1" + ")".repeat(4999),
            "(".repeat(9999),
            "[".repeat(4999) + "]".repeat(4999),
            "-".repeat(9999) + "1",
            "1+".repeat(4999) + "1",
            "a.".repeat(4999) + "a",
            "$f(".repeat(3333),
            "{\"a\":".repeat(1666) + "1" + "}".repeat(1666),
            "x ? ".repeat(2499) + "1",
        };
    }

    @Test
    void aRepeatedExpressionGetsTheSameVerdictFromTheCache() {
        JsonataExpressionSyntax syntax = new JsonataExpressionSyntax();
        assertEquals(syntax.problem("(1 + "), syntax.problem("(1 + "));
        assertTrue(syntax.problem("(1 + ").isPresent());
        assertTrue(syntax.problem("$input.n").isEmpty());
        assertTrue(syntax.problem("$input.n").isEmpty());
    }
}
