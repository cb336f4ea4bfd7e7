package dev.glyphic.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {

    private static Json.Obj obj(Object... keysAndValues) {
        Map<String, Json> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], (Json) keysAndValues[i + 1]);
        }
        return new Json.Obj(fields);
    }

    private static Json.Arr arr(Json... items) {
        return new Json.Arr(List.of(items));
    }

    private static Json.Num num(String value) {
        return new Json.Num(new BigDecimal(value));
    }

    @Test
    void writesCompactlyInKeyOrder() {
        Json doc = obj("z", Json.of(1), "a", arr(Json.of(true), Json.NULL, Json.of("x")), "m", Json.EMPTY_OBJECT,
                "e", Json.EMPTY_ARRAY);
        assertEquals("{\"z\":1,\"a\":[true,null,\"x\"],\"m\":{},\"e\":[]}", JsonText.write(doc));
    }

    @Test
    void parsesIntoInsertionOrderedObjects() {
        Json.Obj parsed = (Json.Obj) JsonText.parse("{\"z\":1,\"a\":2,\"m\":3}");
        assertEquals(List.of("z", "a", "m"), List.copyOf(parsed.fields().keySet()));
    }

    @Test
    void nestedDocumentRoundTrips() {
        Json doc = obj(
                "nodes", arr(
                        obj("id", Json.of("n1"), "type", Json.of("http"), "data",
                                obj("url", Json.of("https://example.com/a?b=c"), "retries", Json.of(3))),
                        obj("id", Json.of("n2"), "type", Json.of("llm"), "data",
                                obj("prompt", Json.of("Say \"hi\"\n\tthen stop"), "temperature", num("0.7")))),
                "edges", arr(obj("from", Json.of("n1"), "to", Json.of("n2"))),
                "meta", obj("draft", Json.of(false), "owner", Json.NULL, "tags", arr()));
        String text = JsonText.write(doc);
        assertEquals(doc, JsonText.parse(text));
        assertEquals(text, JsonText.write(JsonText.parse(text)));
    }

    @Test
    void toleratesWhitespaceAroundEveryToken() {
        Json parsed = JsonText.parse(" \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } }\n ");
        assertEquals(obj("a", arr(Json.of(1), Json.of(2)), "b", Json.EMPTY_OBJECT), parsed);
    }

    @Test
    void parsesTopLevelScalars() {
        assertEquals(Json.of("s"), JsonText.parse("\"s\""));
        assertEquals(Json.of(true), JsonText.parse("true"));
        assertEquals(Json.of(false), JsonText.parse("false"));
        assertEquals(Json.NULL, JsonText.parse(" null "));
        assertEquals(Json.of(42), JsonText.parse("42"));
    }

    @Test
    void writesEveryEscape() {
        String raw = "q\" b\\ s/ \b\f\n\r\t \u0001\u001f \u007f é €";
        assertEquals("\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \\u0001\\u001f \u007f é €\"",
                JsonText.write(Json.of(raw)));
        assertEquals(Json.of(raw), JsonText.parse(JsonText.write(Json.of(raw))));
    }

    @Test
    void readsEveryEscape() {
        Json parsed = JsonText.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u20AC \\u0001\"");
        assertEquals(Json.of("\" \\ / \b \f \n \r \t A é € \u0001"), parsed);
    }

    @Test
    void surrogatePairsAreWrittenRawAndReadFromEscapes() {
        String grin = "\uD83D\uDE00";
        assertEquals("\"" + grin + "\"", JsonText.write(Json.of(grin)));
        assertEquals(Json.of(grin), JsonText.parse("\"\\uD83D\\uDE00\""));
        assertEquals(Json.of(grin), JsonText.parse("\"" + grin + "\""));
        assertEquals(Json.of("a" + grin + "b"), JsonText.parse("\"a\\ud83d\\ude00b\""));
    }

    @Test
    void loneSurrogatesAreEscapedSoTheTextStaysValidUtf8ButAreNotReadBack() {
        Json lone = Json.of("x\uD83Dy\uDE00");
        String text = JsonText.write(lone);
        assertEquals("\"x\\ud83dy\\ude00\"", text);
        JsonText.Malformed e = assertThrows(JsonText.Malformed.class, () -> JsonText.parse(text));
        assertEquals(JsonLimits.UNSTORABLE_TEXT, e.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"a\\u0000b\"]", "{\"k\\u0000\": 1}", "[\"\\udc00\"]", "[\"\\ud800x\"]"})
    void textPostgresqlCannotStoreIsRefusedWithTheOffsetOfItsString(String text) {
        JsonText.Malformed e = assertThrows(JsonText.Malformed.class, () -> JsonText.parse(text));
        assertEquals(JsonLimits.UNSTORABLE_TEXT, e.code());
        assertEquals(1, e.offset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "-1e-999999", "1E+2147483647", "1e1000", "1e-999", "0e-1000"})
    void numbersPostgresqlCannotStoreOrWouldBlowUpAreRefused(String literal) {
        JsonText.Malformed e = assertThrows(JsonText.Malformed.class, () -> JsonText.parse("[" + literal + "]"));
        assertEquals(JsonLimits.NUMBER_OUT_OF_RANGE, e.code(), e.getMessage());
        assertEquals(1, e.offset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1.5e10", "1.5E10", "1E+3", "1e-7", "-12.500", "0.0",
            "123456789012345678901234567890", "-98765432109876543210987654321098765",
            "3.14159265358979323846264338327950288419716939937510", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "1E+999", "-1e-997", "0e999999"})
    void numbersRoundTripByValue(String literal) {
        Json parsed = JsonText.parse(literal);
        assertEquals(num(literal), parsed);
        assertEquals(parsed, JsonText.parse(JsonText.write(parsed)));
    }

    @Test
    void numbersWriteInBigDecimalNotation() {
        assertEquals("1E+3", JsonText.write(new Json.Num(new BigDecimal(BigInteger.ONE, -3))));
        assertEquals("[0,-1.50,1E-7]", JsonText.write(arr(num("-0"), num("-1.50"), num("0.0000001"))));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``                     | 0  | expected a value",
            "`   `                  | 3  | expected a value",
            "`{\"a\":1 \"b\":2}`    | 7  | expected ',' or '}'",
            "`{\"a\" 1}`            | 5  | expected ':'",
            "`{\"a\":1,}`           | 7  | expected a string key",
            "`{a:1}`                | 1  | expected a string key",
            "`[1 2]`                | 3  | expected ',' or ']'",
            "`[1,]`                 | 3  | expected a value",
            "`[1`                   | 2  | expected ',' or ']'",
            "`01`                   | 0  | leading zeros",
            "`-01`                  | 1  | leading zeros",
            "`+1`                   | 0  | expected a value",
            "`1.`                   | 2  | expected a digit after '.'",
            "`.5`                   | 0  | expected a value",
            "`-`                    | 1  | expected a digit",
            "`1e`                   | 2  | expected a digit in the exponent",
            "`1e+`                  | 3  | expected a digit in the exponent",
            "`NaN`                  | 0  | expected a value",
            "`Infinity`             | 0  | expected a value",
            "`-Infinity`            | 1  | expected a digit",
            "`tru`                  | 0  | expected 'true'",
            "`nul`                  | 0  | expected 'null'",
            "`True`                 | 0  | expected a value",
            "`1 2`                  | 2  | after the value",
            "`{} x`                 | 3  | after the value",
            "`\"abc`                | 0  | unterminated string",
            "`\"a\\qb\"`            | 2  | invalid escape",
            "`\"\\u12G4\"`          | 1  | four hex digits",
            "`\"\\u12\"`            | 1  | four hex digits",
            "`{\"a\":1,\"b\":2,\"a\":3}` | 13 | duplicate key \"a\"",
            "`1e99999999999`        | 0  | number out of range"})
    void malformedTextIsRefusedWithTheOffset(String text, int offset, String problem) {
        JsonText.Malformed e = assertThrows(JsonText.Malformed.class, () -> JsonText.parse(text));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().endsWith(" at offset " + offset), e.getMessage());
        assertEquals(offset, e.offset());
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u0000', '\n', '\t', '\u001f'})
    void unescapedControlCharactersInStringsAreRefused(char control) {
        JsonText.Malformed e = assertThrows(JsonText.Malformed.class,
                () -> JsonText.parse("[\"ab" + control + "c\"]"));
        assertTrue(e.getMessage().startsWith("unescaped control character U+00"), e.getMessage());
        assertTrue(e.getMessage().endsWith("at offset 4"), e.getMessage());
    }

    @Test
    void controlCharacterAfterAnEscapeIsRefusedToo() {
        JsonText.Malformed e = assertThrows(JsonText.Malformed.class, () -> JsonText.parse("\"\\n\n\""));
        assertEquals("unescaped control character U+000A in string at offset 3", e.getMessage());
    }

    @Test
    void overlongNumbersAreRefused() {
        String digits = "1".repeat(JsonText.MAX_NUMBER_LENGTH);
        assertEquals(num(digits), JsonText.parse(digits));
        JsonText.Malformed e = assertThrows(JsonText.Malformed.class, () -> JsonText.parse("[" + digits + "1]"));
        assertEquals("number longer than 1000 characters at offset 1", e.getMessage());
    }

    @Test
    void nestingUpTo512IsAcceptedAnd513IsRefused() {
        String arrays512 = "[".repeat(512) + "]".repeat(512);
        Json parsed = JsonText.parse(arrays512);
        assertEquals(arrays512, JsonText.write(parsed));

        String objects512 = "{\"a\":".repeat(511) + "{}" + "}".repeat(511);
        assertInstanceOf(Json.Obj.class, JsonText.parse(objects512));

        JsonText.Malformed e = assertThrows(JsonText.Malformed.class,
                () -> JsonText.parse("[".repeat(513) + "]".repeat(513)));
        assertEquals("nesting deeper than 512 at offset 512", e.getMessage());
        assertEquals(JsonLimits.TOO_DEEP, e.code());
        assertThrows(JsonText.Malformed.class, () -> JsonText.parse("[".repeat(100_000)));
    }

    @Test
    void aTwoMebibyteDocumentParses() {
        StringBuilder sb = new StringBuilder("[");
        int i = 0;
        while (sb.length() < 2 * 1024 * 1024) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":").append(i).append(",\"name\":\"node \\\"").append(i)
                    .append("\\\" é\",\"weight\":").append(i).append(".25e-3,\"on\":true,\"tags\":[\"a\",\"b\",null]}");
            i++;
        }
        sb.append(']');
        Json.Arr parsed = assertInstanceOf(Json.Arr.class, JsonText.parse(sb.toString()));
        assertEquals(i, parsed.items().size());
    }

    @Test
    void utf8LengthCountsEscapesAndMultiByteCharacters() {
        Json doc = obj("k\u00e9", arr(Json.of("a\"\n\u0001€\uD83D\uDE00\uDE00"), num("1E+3"), Json.of(false), Json.NULL));
        assertEquals(JsonText.write(doc).getBytes(StandardCharsets.UTF_8).length, JsonText.utf8Length(doc));
        assertEquals(2, JsonText.utf8Length(Json.EMPTY_OBJECT));
        assertEquals(2, JsonText.utf8Length(Json.EMPTY_ARRAY));
    }

    /** For every document within {@link JsonLimits}: what cannot be stored is never read back. */
    @Property(tries = 500)
    void parseOfWriteIsTheIdentity(@ForAll("documents") Json doc) {
        assertEquals(doc, JsonText.parse(JsonText.write(doc)));
    }

    @Property(tries = 500)
    void utf8LengthMatchesTheEncodedText(@ForAll("documents") Json doc) {
        assertEquals(JsonText.write(doc).getBytes(StandardCharsets.UTF_8).length, JsonText.utf8Length(doc));
    }

    @Provide
    Arbitrary<Json> documents() {
        return json(4);
    }

    private static Arbitrary<Json> json(int depth) {
        Arbitrary<Json> scalars = Arbitraries.<Json>oneOf(
                Arbitraries.strings().all().ofMaxLength(12).map(JsonLimits::storable).map(Json::of),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12).map(Json::of),
                Arbitraries.longs().map(Json::of),
                // Any unscaled value and scale: BigDecimal's toString and string constructor preserve both.
                Combinators.combine(
                                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
                                Arbitraries.integers().between(-30, 30))
                        .as((unscaled, scale) -> (Json) new Json.Num(new BigDecimal(unscaled, scale))),
                Arbitraries.of(true, false).map(Json::of),
                Arbitraries.just(Json.NULL));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<Json> child = Arbitraries.lazy(() -> json(depth - 1));
        Arbitrary<Json> arrays = child.list().ofMaxSize(4).map(items -> new Json.Arr(new ArrayList<>(items)));
        Arbitrary<Json> objects = Arbitraries.maps(Arbitraries.strings().all().ofMaxLength(6).map(JsonLimits::storable), child).ofMaxSize(4)
                .map(Json.Obj::new);
        return Arbitraries.frequencyOf(
                Tuple.of(3, scalars),
                Tuple.of(1, arrays),
                Tuple.of(1, objects));
    }
}
