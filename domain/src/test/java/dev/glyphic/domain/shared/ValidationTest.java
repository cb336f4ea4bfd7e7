package dev.glyphic.domain.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.org.Slug;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static List<String> pointersAndCodes(DomainException.Invalid invalid) {
        return invalid.violations().stream().map(v -> v.pointer() + " " + v.code()).toList();
    }

    @Test
    void collectsEveryViolationAtOncePointedAtItsField() {
        Validation validation = new Validation();
        assertNull(validation.required("email", "no-at", Email::of));
        assertNull(validation.required("slug", "Acme", Slug::of));
        assertNull(validation.required("name", null, String::strip));

        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, validation::check);

        assertEquals(List.of("/email invalid_email", "/slug invalid_slug", "/name required"),
                pointersAndCodes(invalid));
    }

    @Test
    void theMessageNamesEveryProblem() {
        Validation validation = new Validation();
        validation.required("email", "no-at", Email::of);
        validation.required("slug", "Acme", Slug::of);

        String message = assertThrows(DomainException.Invalid.class, validation::check).getMessage();

        assertTrue(message.contains("email address") && message.contains("lower-case"), message);
    }

    @Test
    void aMissingRequiredValueIsReportedAsRequired() {
        Validation validation = new Validation();
        assertNull(validation.required("email", null, Email::of));

        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, validation::check);

        assertEquals(List.of("/email required"), pointersAndCodes(invalid));
    }

    @Test
    void aMissingOptionalValueIsFine() {
        Validation validation = new Validation();
        assertNull(validation.optional("slug", null, Slug::of));
        assertDoesNotThrow(validation::check);
    }

    @Test
    void aBadOptionalValueIsStillReported() {
        Validation validation = new Validation();
        validation.optional("slug", "-x", Slug::of);

        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, validation::check);

        assertEquals(List.of("/slug invalid_slug"), pointersAndCodes(invalid));
    }

    @Test
    void withoutViolationsCheckPassesAndTheParsedValuesAreHandedOut() {
        Validation validation = new Validation();
        Email email = validation.required("email", "Ada@Example.com", Email::of);
        Slug slug = validation.optional("slug", "acme", Slug::of);

        assertDoesNotThrow(validation::check);
        assertEquals(Email.of("ada@example.com"), email);
        assertEquals(Slug.of("acme"), slug);
    }

    @Test
    void anAddedViolationIsReportedAsGiven() {
        Validation validation = new Validation();
        validation.add(Violation.of("password", "mismatch", "passwords differ"));

        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, validation::check);

        assertEquals(List.of(new Violation("/password", "mismatch", "passwords differ")), invalid.violations());
    }

    @Test
    void aViolationOfAValueOnItsOwnPointsNowhereUntilValidationPointsIt() {
        DomainException.Invalid invalid = Violation.invalid("invalid_slug", "bad");
        assertEquals(List.of(new Violation("", "invalid_slug", "bad")), invalid.violations());
    }
}
