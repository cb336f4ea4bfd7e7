package dev.glyphic.web.workflow;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Validation;

/** Query parameters are checked like bodies, but a bad one makes the request malformed: 400, not 422. */
public final class QueryChecks {
    private QueryChecks() {
    }

    public static void check(Validation validation) {
        try {
            validation.check();
        } catch (DomainException.Invalid invalid) {
            throw new DomainException.BadQuery(invalid.violations());
        }
    }
}
