package dev.glyphic.domain.event;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in a workspace, written to the outbox in the transaction of the change that caused it, so
 * that it exists if and only if the change does.
 *
 * @param subject the id of what it happened to (the execution, the workflow, the campaign item)
 * @param data    what a reader needs without asking again (ids, status, error); never a secret
 * @param depth   how many event-started runs led to it: an event of a run that an event started is one deeper, and
 *                the engine stops reacting past its depth limit, so workflows cannot trigger each other forever
 */
public record DomainEvent(EventId id, OrgId orgId, WorkspaceId workspaceId, EventType type, UUID subject, Json data,
                          int depth, Instant occurredAt) {
    public DomainEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(data);
        Objects.requireNonNull(occurredAt);
        if (depth < 0) {
            throw new IllegalArgumentException("depth " + depth);
        }
    }

    public static DomainEvent of(OrgId orgId, WorkspaceId workspaceId, EventType type, UUID subject, Json data,
                                 int depth, Instant at) {
        return new DomainEvent(EventId.random(), orgId, workspaceId, type, subject, data, depth, at);
    }
}
