package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorTextTest {

    @Test
    void aMessageIsTrimmed() {
        assertEquals("refused: 403", ErrorText.of("\t refused: 403 \n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t"})
    void aBlankMessageIsRefused(String blank) {
        assertThrows(IllegalArgumentException.class, () -> ErrorText.of(blank));
    }

    @Test
    void aMessageAtTheLimitIsKeptWhole() {
        String text = "y".repeat(ErrorText.MAX_LENGTH);
        assertEquals(text, ErrorText.of(text));
    }

    @Test
    void aMessageOneOverTheLimitIsCutToTheLimitWithAnEllipsis() {
        String cut = ErrorText.of("y".repeat(ErrorText.MAX_LENGTH + 1));
        assertEquals("y".repeat(ErrorText.MAX_LENGTH - 1) + "…", cut);
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        String clown = "\uD83E\uDD21"; // one character, two UTF-16 units, straddling the cut
        String text = "x".repeat(ErrorText.MAX_LENGTH - 2) + clown + "tail";
        assertEquals("x".repeat(ErrorText.MAX_LENGTH - 2) + "…", ErrorText.of(text));
    }
}
