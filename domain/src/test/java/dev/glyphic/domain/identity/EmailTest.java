package dev.glyphic.domain.identity;

import static dev.glyphic.domain.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {
    private static final String DOMAIN = "@example.com";

    @Test
    void isKeptLowerCase() {
        assertEquals("ada.lovelace@example.com", Email.of("Ada.Lovelace@Example.COM").value());
    }

    @Test
    void dropsSpacesAroundIt() {
        assertEquals("ada@example.com", Email.of("  ada@example.com \t\n").value());
    }

    @Test
    void twoAddressesDifferingOnlyInCaseAreEqual() {
        assertEquals(Email.of("a@x.io"), Email.of("A@X.io"));
        assertEquals(Email.of("a@x.io").hashCode(), Email.of("A@X.io").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at", "a@b", "a b@c.de", "a@b@c.de", "@example.com", "ada@", "ada@example.", " "})
    @NullAndEmptySource
    void refusesWhatIsNotAnAddress(String raw) {
        assertInvalid("invalid_email", () -> Email.of(raw));
    }

    @Test
    void acceptsTwoHundredFiftyFourCharacters() {
        String raw = "a".repeat(254 - DOMAIN.length()) + DOMAIN;
        assertEquals(254, Email.of(raw).value().length());
    }

    @Test
    void refusesMoreThanTwoHundredFiftyFourCharacters() {
        String raw = "a".repeat(255 - DOMAIN.length()) + DOMAIN;
        assertInvalid("invalid_email", () -> Email.of(raw));
    }

    @Test
    void printsAsItsValue() {
        assertEquals("ada@example.com", Email.of("Ada@Example.com").toString());
    }
}
