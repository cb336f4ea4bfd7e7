package dev.glyphic.web.execution;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.execution.TimeCursor;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.web.workflow.QueryChecks;
import java.util.Optional;

/** {@code ?limit=&cursor=} of a list paged by time: the limit within bounds, the cursor one we handed out. */
record TimePage(int limit, Optional<TimeCursor> after) {

    static TimePage parse(Integer limit, String cursor) {
        Validation v = new Validation();
        int effective = read(v, limit);
        TimeCursor after = cursor(v, cursor);
        QueryChecks.check(v);
        return new TimePage(effective, Optional.ofNullable(after));
    }

    static int read(Validation v, Integer limit) {
        int effective = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > PageRequest.MAX_LIMIT) {
            v.add(Violation.of("limit", "out_of_range", "limit must be between 1 and " + PageRequest.MAX_LIMIT));
        }
        return effective;
    }

    static TimeCursor cursor(Validation v, String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return TimeCursor.decode(cursor);
        } catch (DomainException.BadQuery e) {
            e.violations().forEach(v::add);
            return null;
        }
    }
}
