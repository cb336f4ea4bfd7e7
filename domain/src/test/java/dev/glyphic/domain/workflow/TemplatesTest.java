package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplatesTest {

    private static Templates.Parsed expressions(String... expressions) {
        return new Templates.Parsed.Expressions(List.of(expressions));
    }

    @Test
    void textWithoutBracesHoldsNoExpressions() {
        assertFalse(Templates.hasExpressions("Hello { name }"));
        assertEquals(expressions(), Templates.parse("Hello { name }"));
        assertEquals(expressions(), Templates.parse(""));
    }

    @Test
    void eachExpressionIsFoundStrippedInOrder() {
        assertTrue(Templates.hasExpressions("Hi {{ $input.name }}"));
        assertEquals(expressions("$input.name"), Templates.parse("Hi {{ $input.name }}!"));
        assertEquals(expressions("a", "b + 1", "c"), Templates.parse("{{a}}{{ b + 1 }} and {{\n c\t}}"));
    }

    @Test
    void singleBracesInsideAnExpressionAreItsOwn() {
        assertEquals(expressions("{'a': 1}"), Templates.parse("{{ {'a': 1} }}"));
        assertEquals(expressions("{ a"), Templates.parse("{{{ a }}"));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "{{ a                 | '{{' is never closed with '}}'",
            "{{ a }} and {{ b     | '{{' is never closed with '}}'",
            "a }}                 | '}}' without a matching '{{'",
            "}} {{ a }}           | '}}' without a matching '{{'",
            "{{ a }} }}           | '}}' without a matching '{{'",
            "{{}}                 | '{{ }}' holds no expression",
            "{{ a }} {{   }}      | '{{ }}' holds no expression"})
    void unbalancedOrEmptyBracesAreAProblem(String text, String problem) {
        assertEquals(new Templates.Parsed.Unbalanced(problem), Templates.parse(text.strip()));
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "{{ $input.count }}         | $input.count",
            "'  {{ $input.count }}  '   | $input.count",
            "{{a}}                      | a",
            "{{ {'a': {'b': 1} } }}     | {'a': {'b': 1} }"})
    void aValueThatIsOneExpressionIsThatExpression(String text, String expression) {
        assertEquals(Optional.of(expression), Templates.soleExpression(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"plain", "count: {{ $input.count }}", "{{ $input.count }} items",
            "{{ a }} {{ b }}", "{{ a }}{{ b }}", "{{ a", "a }}", "{{ a }}}", "{{ a }} }}", "{{ a }} b }}", "{{}}",
            "{{   }}"})
    void aValueWithTextBesideItsExpressionOrNoneIsNoSoleExpression(String text) {
        assertEquals(Optional.empty(), Templates.soleExpression(text));
    }

    @Property
    void aSoleExpressionIsTheOneExpressionParsingFinds(@ForAll @AlphaChars @StringLength(min = 1, max = 10) String a,
                                                         @ForAll @StringLength(max = 3) String padding) {
        String text = "{{ " + a + " }}";

        assertEquals(expressions(a), Templates.parse(text));
        assertEquals(Optional.of(a), Templates.soleExpression(text));
        assertEquals(Optional.empty(), Templates.soleExpression(text + "x" + padding));
        assertEquals(Optional.empty(), Templates.soleExpression(text + "}"));
    }
}
