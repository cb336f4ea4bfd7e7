package dev.glyphic.persistence.workflow;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glyphic.application.port.out.workflow.WorkflowCursor;
import dev.glyphic.application.port.out.workflow.WorkflowQuery;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.persistence.Sql;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The WorkflowRepository contract, run against the PostgreSQL adapter, and the plans PostgreSQL picks for it. */
class PgWorkflowRepositoryTest extends WorkflowRepositoryContract {
    @Override
    protected WorkflowRepository adapter() {
        return bean(PgWorkflowRepository.class);
    }

    @Test
    void theDefaultListingAndTheNameKeysetRunOnTheirIndexesForTheAppRole() throws Exception {
        WorkspaceId big = workspace(org);
        try (Connection su = TestDatabase.get().superuser(); PreparedStatement insert = su.prepareStatement("""
                insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, version,
                                       is_valid, created_by, created_at, updated_by, updated_at)
                select ?, gen_random_uuid(), ?, 'Workflow ' || g, false, false, '{"nodes": []}', 1, true, ?, now(),
                       ?, now() - g * interval '1 second'
                from generate_series(1, 3000) g""")) {
            insert.setObject(1, org.value());
            insert.setObject(2, big.value());
            insert.setObject(3, author.value());
            insert.setObject(4, author.value());
            assertEquals(3000, insert.executeUpdate());
            su.createStatement().execute("analyze workflows");
        }

        JsonNode byUpdate = indexScan(explain(query().in(org, big).sort(WorkflowQuery.Sort.UPDATED_AT).build()));
        JsonNode byName = indexScan(explain(query().in(org, big).sort(WorkflowQuery.Sort.NAME).namePrefix("workflow 2")
                .after(new WorkflowCursor(WorkflowQuery.Sort.NAME, "workflow 25", new UUID(0, 0))).build()));

        assertEquals("workflows_live_by_updated", byUpdate.path("Index Name").asText(), byUpdate.toString());
        assertEquals("workflows_live_by_name", byName.path("Index Name").asText(), byName.toString());
        assertTrue(byName.path("Index Cond").asText().contains("ROW(name_key, id) >"),
                "the keyset is an index condition, not a filter: " + byName);
        assertTrue(byName.path("Index Cond").asText().contains("name_key >="),
                "the prefix is an index range, not a filter: " + byName);
    }

    // --- EXPLAIN, as the app role in the tenant's scope, where Row Level Security shapes the plan

    private JsonNode explain(WorkflowQuery query) throws Exception {
        Sql.Query statement = PgWorkflowRepository.listStatement(query);
        Sql sql = bean(Sql.class);
        String plan = inOrg(() -> sql.one("explain (format json) " + statement.sql(), row -> row.text("QUERY PLAN"),
                statement.params().toArray())).orElseThrow();
        return new ObjectMapper().readTree(plan);
    }

    /** The first index scan of the plan, wherever it sits in the tree. */
    private static JsonNode indexScan(JsonNode plan) {
        return findIndexScan(plan).orElseThrow(() -> new AssertionError("no index scan in " + plan));
    }

    private static Optional<JsonNode> findIndexScan(JsonNode node) {
        if (node.has("Index Name")) {
            return Optional.of(node);
        }
        for (JsonNode child : node) {
            Optional<JsonNode> found = findIndexScan(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
