package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkflowTest {
    private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
    private static final UserId AUTHOR = UserId.random();

    private static Workflow workflow(boolean active, boolean valid, int version, Optional<Instant> deletedAt) {
        return new Workflow(WorkflowId.random(), OrgId.random(), WorkspaceId.random(), DisplayName.of("Weekly digest"),
                "", Tags.none(), active, false, Json.EMPTY_OBJECT, version, valid, 0, Optional.empty(), AUTHOR,
                CREATED, AUTHOR, CREATED, deletedAt);
    }

    @Test
    void anInvalidWorkflowCannotBeActive() {
        assertThrows(IllegalStateException.class, () -> workflow(true, false, 1, Optional.empty()));
        assertFalse(workflow(false, false, 1, Optional.empty()).active());
        assertTrue(workflow(true, true, 1, Optional.empty()).active());
    }

    @Test
    void theEtagIsTheQuotedVersion() {
        assertEquals("\"7\"", workflow(false, true, 7, Optional.empty()).etag());
    }

    @Test
    void aDeletedWorkflowCanBeRestoredForThirtyDays() {
        Instant deleted = Instant.parse("2025-04-01T00:00:00Z");
        Workflow trashed = workflow(false, true, 2, Optional.of(deleted));

        assertTrue(trashed.inTrash());
        assertTrue(trashed.restorableAt(deleted));
        assertTrue(trashed.restorableAt(deleted.plus(Duration.ofDays(30)).minusNanos(1)));
        assertFalse(trashed.restorableAt(deleted.plus(Duration.ofDays(30))));
    }

    @Test
    void aWorkflowNotInTheTrashHasNothingToRestore() {
        Workflow kept = workflow(false, true, 1, Optional.empty());

        assertFalse(kept.inTrash());
        assertFalse(kept.restorableAt(CREATED));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DefinitionLimits(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new DefinitionLimits(1, 0));
    }

    @Test
    void idsParseFromTheirText() {
        WorkflowId id = WorkflowId.random();
        TemplateId template = TemplateId.random();

        assertEquals(id, WorkflowId.parse(id.toString()));
        assertEquals(template, TemplateId.parse(template.toString()));
    }
}
