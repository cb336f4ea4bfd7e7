package dev.glyphic.application.port.out.transaction;

/**
 * The database aborted the transaction to break a deadlock or a serialization conflict with another one: nothing
 * was written, and doing the same again will most likely succeed. The API answers it with 503 and Retry-After; the
 * engine's steps are taken again when their leases run out.
 */
public final class TransientConflict extends RuntimeException {
    public TransientConflict(String message, Throwable cause) {
        super(message, cause);
    }
}
