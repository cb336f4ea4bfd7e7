package dev.glyphic.persistence;

import dev.glyphic.application.port.PageRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Keyset pagination, the one way every listing pages: the rows strictly after the last row of the previous page, in
 * the order of the key columns, and one row more than the page holds (that row only proves a next page exists; see
 * {@code Page.of}). The last key column must be unique (the id), so that ties on the others have an order too.
 *
 * <p>A key of several columns compares as a row value, {@code (created_at, id) > (?, ?)}, which an index on those
 * columns serves directly.
 */
public final class Keyset {
    /** Oldest first by a UUIDv7 id: the keyset of most listings. */
    public static final Keyset BY_ID = ascending("id");

    private final List<String> columns;
    private final List<String> bounds;
    private final boolean descending;

    private Keyset(List<String> columns, List<String> bounds, boolean descending) {
        if (columns.isEmpty() || columns.size() != bounds.size()) {
            throw new IllegalArgumentException("a keyset needs one bound per key column: " + columns + " " + bounds);
        }
        this.columns = List.copyOf(columns);
        this.bounds = List.copyOf(bounds);
        this.descending = descending;
    }

    /** Smallest key first, e.g. {@code ascending("id")} or {@code ascending("n.created_at", "n.id")}. */
    public static Keyset ascending(String... columns) {
        return new Keyset(List.of(columns), Collections.nCopies(columns.length, "?"), false);
    }

    /** Largest key first: newest first, when the key is a UUIDv7 id or a time. */
    public static Keyset descending(String... columns) {
        return new Keyset(List.of(columns), Collections.nCopies(columns.length, "?"), true);
    }

    /**
     * The same keyset compared with other expressions than a plain {@code ?} for the cursor's values, one per column:
     * {@code comparedTo("lower(?)", "?")} when a key column is stored normalised and the cursor may not be.
     */
    public Keyset comparedTo(String... bounds) {
        return new Keyset(columns, List.of(bounds), descending);
    }

    /**
     * The page of {@code query} after the cursor.
     *
     * @param query a select that ends in its where clause (the keyset condition is joined to it with {@code and})
     * @param params the query's own parameters, in order
     * @param after the key values of the previous page's last row, one per key column; empty on the first page
     * @param fetchSize how many rows to fetch: the page's limit plus one
     */
    public Sql.Query page(String query, List<?> params, Optional<List<?>> after, int fetchSize) {
        List<Object> all = new ArrayList<>(params);
        StringBuilder sql = new StringBuilder(query);
        after.ifPresent(values -> {
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException("a cursor of " + values.size() + " values for key " + columns);
            }
            sql.append(" and ").append(row(columns)).append(descending ? " < " : " > ").append(row(bounds));
            all.addAll(values);
        });
        sql.append(" order by ").append(String.join(descending ? " desc, " : ", ", columns))
                .append(descending ? " desc" : "").append(" limit ?");
        all.add(fetchSize);
        return new Sql.Query(sql.toString(), all);
    }

    /** A page of a listing keyed by its id alone, as {@link PageRequest} asks for it. */
    public Sql.Query page(String query, PageRequest page, Object... params) {
        return page(query, Arrays.asList(params), page.after().<List<?>>map(List::of), page.fetchSize());
    }

    private static String row(List<String> parts) {
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(", ", parts) + ")";
    }
}
