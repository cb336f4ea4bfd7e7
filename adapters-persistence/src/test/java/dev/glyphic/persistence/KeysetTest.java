package dev.glyphic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.application.port.PageRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetTest {
    private static final UUID ID = UUID.fromString("01890000-0000-7000-8000-000000000001");

    @Test
    void aFirstPageOrdersByTheKeyAndFetchesOneRowMoreThanTheLimit() {
        Sql.Query query = Keyset.BY_ID.page("select id from t where org_id = ?", PageRequest.first(10), "org");

        assertEquals("select id from t where org_id = ? order by id limit ?", query.sql());
        assertEquals(List.of("org", 11), query.params());
    }

    @Test
    void aLaterPageStartsStrictlyAfterTheCursorAndKeepsNullParameters() {
        Sql.Query query = Keyset.BY_ID.page("select id from t where (? is null or c = ?)",
                new PageRequest(2, Optional.of(ID)), null, null);

        assertEquals("select id from t where (? is null or c = ?) and id > ? order by id limit ?", query.sql());
        assertEquals(Arrays.asList(null, null, ID, 3), query.params());
    }

    @Test
    void aDescendingKeyOfSeveralColumnsComparesAsARowValue() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Sql.Query query = Keyset.descending("created_at", "id").page("select id from t where org_id = ?",
                List.of("org"), Optional.of(List.of(at, ID)), 51);

        assertEquals("select id from t where org_id = ? and (created_at, id) < (?, ?) "
                + "order by created_at desc, id desc limit ?", query.sql());
        assertEquals(List.of("org", at, ID, 51), query.params());
    }

    @Test
    void theCursorMayBeComparedThroughAnExpression() {
        Sql.Query query = Keyset.ascending("name_key", "id").comparedTo("lower(?)", "?")
                .page("select id from t where true", List.of(), Optional.of(List.of("Name", ID)), 3);

        assertEquals("select id from t where true and (name_key, id) > (lower(?), ?) order by name_key, id limit ?",
                query.sql());
    }

    @Test
    void aCursorMustHaveOneValuePerKeyColumn() {
        assertThrows(IllegalArgumentException.class, () -> Keyset.descending("created_at", "id")
                .page("select id from t where true", List.of(), Optional.of(List.of(ID)), 3));
    }
}
