package dev.glyphic.application.port;

import dev.glyphic.domain.shared.Violation;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/** Opaque cursors: clients pass them back unchanged and must not build them, so we are free to change them. */
public final class Cursors {
    private Cursors() {
    }

    public static String encode(UUID lastId) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(lastId.getMostSignificantBits())
                .putLong(lastId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static UUID decode(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length != 16) {
                throw new IllegalArgumentException();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        } catch (IllegalArgumentException e) {
            throw Violation.invalid("invalid_cursor", "cursor is not one this API handed out");
        }
    }
}
