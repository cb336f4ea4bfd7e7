package dev.glyphic.persistence.execution;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.persistence.Sql;
import java.sql.SQLException;
import java.util.Optional;

/** A nullable jsonb column of the execution tables, read as JSON. */
final class JsonColumn {
    private JsonColumn() {
    }

    static Optional<Json> read(Sql.Row row, String column) throws SQLException {
        String text = row.text(column);
        return text == null ? Optional.empty() : Optional.of(JsonText.parse(text));
    }
}
