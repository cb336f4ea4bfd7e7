package dev.glyphic.persistence;

import java.sql.SQLException;

/** A database failure nobody can fix by changing the request: it surfaces as a 500 and in the logs. */
public final class PersistenceException extends RuntimeException {
    public PersistenceException(String sql, SQLException cause) {
        super("SQL failed (" + cause.getSQLState() + "): " + sql, cause);
    }
}
