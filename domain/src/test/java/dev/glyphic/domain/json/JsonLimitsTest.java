package dev.glyphic.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one set of limits, applied to a value however it was read (here: built by hand, as an adapter builds it). */
class JsonLimitsTest {

    @Test
    void aValueWithinTheLimitsPasses() {
        assertEquals(Optional.empty(), JsonLimits.check(JsonText.parse("{\"a\": [1, 2.5, \"x\", null, true]}")));
    }

    @Test
    void theFirstBreachIsReportedWithItsPointerAndCode() {
        Json nul = new Json.Obj(Map.of("list", new Json.Arr(List.of(Json.of("ok"), Json.of("a\u0000b")))));
        assertEquals(new JsonLimits.Breach(new JsonPointer("/list/1"), JsonLimits.UNSTORABLE_TEXT,
                JsonLimits.unstorableTextMessage()), JsonLimits.check(nul).orElseThrow());

        Json key = new Json.Obj(Map.of("k\uD800", Json.of(1)));
        assertEquals("/k\uD800", JsonLimits.check(key).orElseThrow().at().value());

        Json huge = new Json.Obj(Map.of("n", new Json.Num(new BigDecimal("1e999999"))));
        assertEquals(JsonLimits.NUMBER_OUT_OF_RANGE, JsonLimits.check(huge).orElseThrow().code());
    }

    @Test
    void numbersAreMeasuredAsPostgresqlWritesThemOut() {
        assertTrue(JsonLimits.numberFits(new BigDecimal("1e999")));      // 1000 digits
        assertFalse(JsonLimits.numberFits(new BigDecimal("-1e999")));    // and a sign
        assertTrue(JsonLimits.numberFits(new BigDecimal("1e-998")));     // "0." and 998 digits
        assertFalse(JsonLimits.numberFits(new BigDecimal("1e-999")));
        assertTrue(JsonLimits.numberFits(new BigDecimal("0e999999")));   // zero is "0"
        assertTrue(JsonLimits.numberFits(new BigDecimal("-12.500")));
    }

    @Test
    void nestingIsBoundedAsTheReaderBoundsIt() {
        Json deep = Json.EMPTY_ARRAY;
        for (int i = 1; i < JsonLimits.MAX_DEPTH; i++) {
            deep = new Json.Arr(List.of(deep));
        }
        assertEquals(Optional.empty(), JsonLimits.check(deep));
        assertEquals(JsonLimits.TOO_DEEP, JsonLimits.check(new Json.Arr(List.of(deep))).orElseThrow().code());
    }

    @Test
    void quotedTextIsMadeStorable() {
        assertEquals("a\uFFFDb\uFFFD \uD83D\uDE00", JsonLimits.storable("a\u0000b\uD800 \uD83D\uDE00"));
    }
}
