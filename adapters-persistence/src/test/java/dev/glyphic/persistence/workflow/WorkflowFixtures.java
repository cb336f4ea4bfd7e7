package dev.glyphic.persistence.workflow;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowCursor;
import dev.glyphic.application.port.out.workflow.WorkflowQuery;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.port.out.workflow.WorkflowSummary;
import dev.glyphic.application.port.out.workflow.WorkflowVersion;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Workflows, versions and listing queries as the workflow contract builds them. */
final class WorkflowFixtures {
    private WorkflowFixtures() {
    }

    static WorkflowVersion firstVersion(Workflow w, UserId author) {
        return new WorkflowVersion(w.id(), 1, w.definition(), "first", author, w.createdAt());
    }

    /** The next version of a live workflow, as UpdateWorkflowService makes it. */
    static Workflow edit(Workflow w, String name, Json.Obj definition) {
        return new Workflow(w.id(), w.orgId(), w.workspaceId(), DisplayName.of(name), w.description(), w.tags(),
                w.active(), w.shared(), definition, w.version() + 1, w.valid(), w.executionCount(),
                w.lastExecutedAt(), w.createdBy(), w.createdAt(), w.updatedBy(), w.updatedAt().plusSeconds(1),
                w.deletedAt());
    }

    static Workflow trashState(Workflow w, boolean active, Optional<Instant> deletedAt) {
        return new Workflow(w.id(), w.orgId(), w.workspaceId(), w.name(), w.description(), w.tags(), active,
                w.shared(), w.definition(), w.version(), w.valid(), w.executionCount(), w.lastExecutedAt(),
                w.createdBy(), w.createdAt(), w.updatedBy(), w.updatedAt(), deletedAt);
    }

    /** Nodes the way the editor writes them, with numbers, booleans, null and non-ASCII text to survive JSONB. */
    static Json.Obj definition(String... nodeTypes) {
        List<Json> nodes = new ArrayList<>();
        for (int i = 0; i < nodeTypes.length; i++) {
            nodes.add(obj("id", Json.of("node-" + i), "position", obj("x", new Json.Num(new BigDecimal("12.50")),
                    "y", Json.of(-3)), "data", obj("label", Json.of("Größe ✓ \"quoted\""), "nodeType",
                    Json.of(nodeTypes[i]), "fields", obj("enabled", Json.of(true), "none", Json.NULL))));
        }
        return obj("nodes", new Json.Arr(nodes), "edges", Json.EMPTY_ARRAY, "config", Json.EMPTY_OBJECT);
    }

    static Json.Obj obj(Object... keysAndValues) {
        Map<String, Json> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], (Json) keysAndValues[i + 1]);
        }
        return new Json.Obj(fields);
    }


    /** A workflow to store, with defaults for everything a test does not care about. */
    static final class Draft {
        private final Transactions tx;
        private final WorkflowRepository workflows;
        private final UserId author;
        private OrgId orgId;
        private WorkspaceId workspaceId;
        private String name = "Workflow";
        private List<String> tags = List.of();
        private boolean active;
        private boolean shared;
        private boolean valid = true;
        private Json.Obj definition = WorkflowFixtures.definition("http.request");
        private Instant updatedAt = TestData.now();

        Draft(Transactions tx, WorkflowRepository workflows, UserId author, OrgId orgId, WorkspaceId workspaceId) {
            this.tx = tx;
            this.workflows = workflows;
            this.author = author;
            this.orgId = orgId;
            this.workspaceId = workspaceId;
        }

        Draft in(OrgId o, WorkspaceId w) {
            orgId = o;
            workspaceId = w;
            return this;
        }

        Draft name(String value) {
            name = value;
            return this;
        }

        Draft tags(String... values) {
            tags = List.of(values);
            return this;
        }

        Draft active(boolean value) {
            active = value;
            return this;
        }

        Draft shared(boolean value) {
            shared = value;
            return this;
        }

        Draft valid(boolean value) {
            valid = value;
            return this;
        }

        Draft definition(Json.Obj value) {
            definition = value;
            return this;
        }

        Draft updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        Workflow store() {
            Workflow w = new Workflow(WorkflowId.random(), orgId, workspaceId, DisplayName.of(name), "About " + name,
                    Tags.of(tags), active, shared, definition, 1, valid, 0, Optional.empty(), author,
                    updatedAt.minusSeconds(60), author, updatedAt, Optional.empty());
            tx.inTenant(orgId, () -> {
                workflows.insert(w, firstVersion(w, author));
                return null;
            });
            return w;
        }
    }

    /** A listing query, with defaults for everything a test does not care about. */
    static final class Query {
        private final WorkflowRepository workflows;
        private OrgId orgId;
        private WorkspaceId workspaceId;
        private Optional<String> tag = Optional.empty();
        private Optional<String> namePrefix = Optional.empty();
        private Optional<String> nameContains = Optional.empty();
        private Optional<Boolean> active = Optional.empty();
        private Optional<String> nodeType = Optional.empty();
        private Optional<Instant> updatedFrom = Optional.empty();
        private Optional<Instant> updatedTo = Optional.empty();
        private WorkflowQuery.Sort sort = WorkflowQuery.Sort.NAME;
        private boolean trash;
        private int limit = 50;
        private Optional<WorkflowCursor> after = Optional.empty();

        Query(WorkflowRepository workflows, OrgId orgId, WorkspaceId workspaceId) {
            this.workflows = workflows;
            this.orgId = orgId;
            this.workspaceId = workspaceId;
        }

        Query in(OrgId o, WorkspaceId w) {
            orgId = o;
            workspaceId = w;
            return this;
        }

        Query tag(String value) {
            tag = Optional.of(value);
            return this;
        }

        Query namePrefix(String value) {
            namePrefix = Optional.of(value);
            return this;
        }

        Query nameContains(String value) {
            nameContains = Optional.of(value);
            return this;
        }

        Query active(boolean value) {
            active = Optional.of(value);
            return this;
        }

        Query nodeType(String value) {
            nodeType = Optional.of(value);
            return this;
        }

        Query updatedFrom(Instant value) {
            updatedFrom = Optional.of(value);
            return this;
        }

        Query updatedTo(Instant value) {
            updatedTo = Optional.of(value);
            return this;
        }

        Query sort(WorkflowQuery.Sort value) {
            sort = value;
            return this;
        }

        Query trash(boolean value) {
            trash = value;
            return this;
        }

        Query limit(int value) {
            limit = value;
            return this;
        }

        Query after(WorkflowCursor value) {
            return after(Optional.of(value));
        }

        Query after(Optional<WorkflowCursor> value) {
            after = value;
            return this;
        }

        WorkflowQuery build() {
            return new WorkflowQuery(orgId, workspaceId, tag, namePrefix, nameContains, active, nodeType, updatedFrom,
                    updatedTo, sort, trash, limit, after);
        }

        List<WorkflowSummary> list() {
            return workflows.list(build());
        }
    }
}
