package dev.glyphic.application.port.in.execution;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Instants;
import dev.glyphic.domain.shared.Violation;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a time-ordered page ended: the time of its last row and that row's id, which breaks ties. Executions, log
 * lines and approvals all page this way. Opaque to clients, who pass it back unchanged.
 */
public record TimeCursor(Instant at, UUID id) {
    private static final int BYTES = 8 + 4 + 16;

    public TimeCursor {
        Objects.requireNonNull(at);
        Objects.requireNonNull(id);
    }

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(BYTES).putLong(at.getEpochSecond()).putInt(at.getNano())
                .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Reads {@code ?cursor=}; one this API did not hand out is a 400 naming the parameter. */
    public static TimeCursor decode(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length != BYTES) {
                throw new IllegalArgumentException();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            Instant at = Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
            // A hand-made instant beyond what PostgreSQL stores would fail in the statement instead of here.
            if (!Instants.inRange(at)) {
                throw new IllegalArgumentException();
            }
            return new TimeCursor(at, new UUID(buffer.getLong(), buffer.getLong()));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new DomainException.BadQuery(List.of(Violation.of("cursor", "invalid_cursor",
                    "cursor is not one this API handed out")));
        }
    }
}
