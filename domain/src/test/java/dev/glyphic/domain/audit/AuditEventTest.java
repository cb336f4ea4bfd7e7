package dev.glyphic.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {
    private static final AuditActor NOBODY = new AuditActor(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    private static AuditEvent event(Map<String, String> details) {
        return new AuditEvent(UUID.randomUUID(), OrgId.random(), NOBODY, "member.role_changed", "member",
                Optional.of("u1"), details, Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void detailsAreCopiedSoARecordedEventCannotChangeAfterwards() {
        Map<String, String> details = new HashMap<>(Map.of("from", "member", "to", "admin"));
        AuditEvent event = event(details);
        details.put("to", "owner");

        assertEquals("admin", event.details().get("to"));
        assertThrows(UnsupportedOperationException.class, () -> event.details().put("to", "owner"));
    }

    @Test
    void anEventNeedsEveryPart() {
        assertThrows(NullPointerException.class, () -> new AuditEvent(UUID.randomUUID(), OrgId.random(), NOBODY,
                null, "member", Optional.empty(), Map.of(), Instant.EPOCH));
        assertThrows(NullPointerException.class, () -> new AuditEvent(UUID.randomUUID(), OrgId.random(), NOBODY,
                "x", "member", null, Map.of(), Instant.EPOCH));
    }
}
