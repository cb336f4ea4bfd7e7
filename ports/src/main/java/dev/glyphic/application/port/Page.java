package dev.glyphic.application.port;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a keyset-paginated list; {@code nextCursor} is empty on the last page. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from a query that fetched one row more than asked: that extra row only proves a next page exists.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> cursorOf) {
        return of(fetched, request.limit(), cursorOf);
    }

    /** How many rows a listing fetches for a page of {@code limit}: one more, the row that proves a next page. */
    public static int fetchSize(int limit) {
        return limit + 1;
    }

    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, Optional.of(cursorOf.apply(items.get(items.size() - 1))));
    }
}
