package dev.glyphic.persistence.setup;

/** The database cannot be used safely or at all; the server must not start. The message says what to fix. */
public final class DatabaseStartupException extends RuntimeException {
    public DatabaseStartupException(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseStartupException(String message) {
        super(message);
    }
}
