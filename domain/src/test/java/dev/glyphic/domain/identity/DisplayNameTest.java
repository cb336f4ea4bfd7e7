package dev.glyphic.domain.identity;

import static dev.glyphic.domain.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

    @ParameterizedTest
    @ValueSource(strings = {" ", "   ", "\t\n"})
    @NullAndEmptySource
    void refusesABlankName(String raw) {
        assertInvalid("blank", () -> DisplayName.of(raw));
    }

    @Test
    void acceptsTwoHundredCharacters() {
        assertEquals(200, DisplayName.of("n".repeat(200)).value().length());
    }

    @Test
    void refusesTwoHundredOneCharacters() {
        assertInvalid("too_long", () -> DisplayName.of("n".repeat(201)));
    }

    @Test
    void isTrimmedBeforeItIsMeasured() {
        assertEquals("Ada Lovelace", DisplayName.of("  Ada Lovelace \t").value());
        assertEquals(200, DisplayName.of("  " + "n".repeat(200) + "  ").value().length());
    }
}
