package dev.glyphic.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The paging every keyset listing of a contract keeps, walked page by page as the API walks it. */
public final class KeysetPages {
    /** PostgreSQL orders uuids byte by byte, as their lower-case text sorts. */
    public static final Comparator<UUID> DATABASE_ORDER = Comparator.comparing(UUID::toString);

    private KeysetPages() {
    }

    /**
     * Reads {@code list} page by page, {@code limit} rows a page, each page after the id of the last row of the one
     * before, and asserts that each fetch answers one row more than the limit while more rows follow and the rest on
     * the last page, and that the pages, joined, are exactly {@code expected}: nothing missed, nothing twice, nothing
     * of another scope.
     */
    public static <T> void assertPages(List<T> expected, int limit, Function<T, UUID> idOf,
                                       Function<PageRequest, List<T>> list) {
        List<T> seen = new ArrayList<>();
        Optional<UUID> after = Optional.empty();
        while (true) {
            List<T> fetched = list.apply(new PageRequest(limit, after));
            int rest = expected.size() - seen.size();
            assertEquals(Math.min(rest, limit + 1), fetched.size(),
                    "a fetch answers one row more than the limit while more follow, after " + after);
            List<T> page = fetched.subList(0, Math.min(limit, fetched.size()));
            seen.addAll(page);
            if (fetched.size() <= limit) {
                break;
            }
            after = Optional.of(idOf.apply(page.get(limit - 1)));
        }
        assertEquals(expected, seen);
    }

    /** {@code rows} sorted as a listing by id shows them. */
    public static <T> List<T> byId(List<T> rows, Function<T, UUID> idOf) {
        return rows.stream().sorted(Comparator.comparing(idOf, DATABASE_ORDER)).toList();
    }
}
