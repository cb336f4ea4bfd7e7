package dev.glyphic.application.port.out.workflow;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page of workflows ended: the sort key of its last row (an instant or a name) and that row's id, which
 * breaks ties. Opaque to clients; it also names the sort it belongs to, so it cannot be replayed on another sort.
 */
public record WorkflowCursor(WorkflowQuery.Sort sort, String key, UUID id) {
    private static final char SEPARATOR = '\u001f';

    public String encode() {
        String raw = sort.name() + SEPARATOR + id + SEPARATOR + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static WorkflowCursor decode(String cursor, WorkflowQuery.Sort expected) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEPARATOR), 3);
            WorkflowQuery.Sort sort = WorkflowQuery.Sort.valueOf(parts[0]);
            if (parts.length != 3 || sort != expected) {
                throw new IllegalArgumentException();
            }
            return new WorkflowCursor(sort, parts[2], UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new DomainException.BadQuery(List.of(new Violation("/cursor", "invalid_cursor",
                    "cursor is not one this API handed out for this sort")));
        }
    }
}
