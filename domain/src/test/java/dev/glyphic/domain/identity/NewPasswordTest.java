package dev.glyphic.domain.identity;

import static dev.glyphic.domain.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class NewPasswordTest {
    /** Outside the Basic Multilingual Plane: one code point, two Java chars. */
    private static final String MUSICAL_SYMBOL = "\uD834\uDD1E";

    @Test
    void acceptsTenCharacters() {
        assertEquals("abcdefghij", NewPassword.of("abcdefghij").value());
    }

    @Test
    void refusesNineCharacters() {
        assertInvalid("too_short", () -> NewPassword.of("abcdefghi"));
    }

    @Test
    void refusesNothingAtAll() {
        assertInvalid("too_short", () -> NewPassword.of(null));
        assertInvalid("too_short", () -> NewPassword.of(""));
    }

    @Test
    void countsCodePointsNotJavaCharsForTheMinimum() {
        assertInvalid("too_short", () -> NewPassword.of(MUSICAL_SYMBOL.repeat(9)));
        assertDoesNotThrow(() -> NewPassword.of(MUSICAL_SYMBOL.repeat(10)));
    }

    @Test
    void acceptsOneHundredTwentyEightCharacters() {
        assertEquals(128, NewPassword.of("p".repeat(128)).value().length());
    }

    @Test
    void refusesOneHundredTwentyNineCharacters() {
        assertInvalid("too_long", () -> NewPassword.of("p".repeat(129)));
    }

    @Test
    void countsCodePointsNotJavaCharsForTheMaximumToo() {
        assertDoesNotThrow(() -> NewPassword.of(MUSICAL_SYMBOL.repeat(128)));
        assertInvalid("too_long", () -> NewPassword.of(MUSICAL_SYMBOL.repeat(129)));
    }

    @Test
    void toStringHidesTheValue() {
        String printed = NewPassword.of("correct horse battery staple").toString();
        assertFalse(printed.contains("correct"), printed);
        assertFalse(printed.contains("staple"), printed);
    }
}
