package dev.glyphic.domain.org;

import static dev.glyphic.domain.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {
    private static final String SIXTY_THREE = "a" + "b1-c".repeat(15) + "de"; // 1 + 60 + 2

    @ParameterizedTest
    @ValueSource(strings = {"ab", "acme-studio", "a1", "a-1", "x9-y8-z7"})
    void acceptsLowerCaseLettersDigitsAndSingleHyphens(String raw) {
        assertEquals(raw, Slug.of(raw).value());
    }

    @Test
    void acceptsSixtyThreeCharacters() {
        assertEquals(63, SIXTY_THREE.length());
        assertEquals(SIXTY_THREE, Slug.of(SIXTY_THREE).value());
        assertEquals(63, Slug.of("a".repeat(63)).value().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "-ab", "ab-", "a--b", "Acme", "1abc", "ab_c", "ab c", "ab.c", "", "é-ab"})
    void refusesAnythingElse(String raw) {
        assertInvalid("invalid_slug", () -> Slug.of(raw));
    }

    @Test
    void refusesSixtyFourCharacters() {
        assertInvalid("invalid_slug", () -> Slug.of("a".repeat(64)));
        assertInvalid("invalid_slug", () -> Slug.of(SIXTY_THREE + "x"));
    }

    @Test
    void refusesNullAsAValidationErrorNotAJdkException() {
        assertInvalid("invalid_slug", () -> Slug.of(null));
    }

    @Test
    void printsAsItsValue() {
        assertEquals("acme-studio", Slug.of("acme-studio").toString());
    }
}
