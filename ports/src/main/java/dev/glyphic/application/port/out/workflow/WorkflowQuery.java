package dev.glyphic.application.port.out.workflow;

import dev.glyphic.application.port.Page;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A filtered, sorted page of a workspace's workflows. Keyset pagination: {@code after} is the sort key and id of
 * the last row of the previous page, so pages stay stable while rows are inserted.
 */
public record WorkflowQuery(OrgId orgId, WorkspaceId workspaceId, Optional<String> tag, Optional<String> namePrefix,
                            Optional<String> nameContains, Optional<Boolean> active, Optional<String> nodeType,
                            Optional<Instant> updatedFrom, Optional<Instant> updatedTo, Sort sort, boolean trash,
                            int limit, Optional<WorkflowCursor> after) {

    public enum Sort {
        /** Most recently updated first. */
        UPDATED_AT,
        /** By name, A to Z. */
        NAME
    }

    public WorkflowQuery {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(sort);
        Objects.requireNonNull(after);
    }

    public int fetchSize() {
        return Page.fetchSize(limit);
    }
}
