package dev.glyphic.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import org.junit.jupiter.api.function.Executable;

/** Assertions shared by the domain tests: a refused value must say why with its stable code. */
public final class DomainAssertions {
    private DomainAssertions() {
    }

    /** Asserts that the call is refused with exactly one violation of the given code, and returns that violation. */
    public static Violation assertInvalid(String code, Executable call) {
        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, call);
        assertEquals(1, invalid.violations().size(), () -> "violations: " + invalid.violations());
        Violation violation = invalid.violations().getFirst();
        assertEquals(code, violation.code());
        return violation;
    }
}
