package dev.glyphic.application.port;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.domain.shared.Violation;
import java.util.Optional;
import java.util.UUID;

/**
 * A bounded request for a page. The limit is capped: asking for more is an error, not a silent full scan.
 *
 * @param after the id of the last row of the previous page (ids are time-ordered UUIDv7)
 */
public record PageRequest(int limit, Optional<UUID> after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Reads {@code ?limit=&cursor=}; anything out of bounds is a {@link DomainException.BadQuery} (400). */
    public static PageRequest parse(Integer limit, String cursor) {
        try {
            return read(limit, cursor);
        } catch (DomainException.Invalid invalid) {
            throw new DomainException.BadQuery(invalid.violations());
        }
    }

    private static PageRequest read(Integer limit, String cursor) {
        Validation validation = new Validation();
        int effective = limit == null ? DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > MAX_LIMIT) {
            validation.add(Violation.of("limit", "out_of_range", "limit must be between 1 and " + MAX_LIMIT));
        }
        UUID after = validation.optional("cursor", cursor, Cursors::decode);
        validation.check();
        return new PageRequest(effective, Optional.ofNullable(after));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** The number of rows to fetch: one more than the limit, to learn whether a next page exists. */
    public int fetchSize() {
        return Page.fetchSize(limit);
    }
}
