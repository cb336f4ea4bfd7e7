package dev.glyphic.application.workflow;

import static dev.glyphic.application.testing.Definitions.edge;
import static dev.glyphic.application.testing.Definitions.node;
import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.testing.Definitions;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.persistence.testing.TestData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules of saving a workflow: every violation of a definition is reported at once and nothing is saved; a draft may
 * keep violations but an invalid workflow is never active; an edit must name the version it edits, and a stale one
 * changes nothing.
 */
class WorkflowSavingTest {
    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final WorkspaceId space = given.workspace(org, owner);
    private final User editor = given.member(org, Role.MEMBER);

    @Test
    void everyViolationIsReportedAtOnceAndNothingIsSaved() {
        Json.Obj broken = Definitions.parse("""
                {"nodes": [%s, %s, %s, %s],
                 "edges": [%s, {"id": "b-true-a", "source": "b", "sourceHandle": "true", "target": "a"}, %s],
                 "groups": [], "config": {}, "metadata": {}}
                """.formatted(node("a", "http.request", "{\"method\": \"FETCH\", \"url\": \"{{ $input. }}\"}"),
                node("b", "logic.if", "{}"), node("a", "data.set", "{}"), node("c", "magic.wand", "{}"),
                edge("a", "b"), edge("a", "ghost")));

        DomainException.Invalid refused = assertThrows(DomainException.Invalid.class,
                () -> create("Broken", broken, false, false));

        List<String> violations = refused.violations().stream().map(v -> v.pointer() + " " + v.code()).toList();
        for (String expected : List.of("/definition/nodes/0/data/fields/method not_in_enum",
                "/definition/nodes/0/data/fields/url invalid_expression",
                "/definition/nodes/1/data/fields/condition required",
                "/definition/nodes/2/id duplicate_node_id",
                "/definition/nodes/3/data/nodeType unknown_node_type",
                "/definition/edges/2/target unknown_node",
                "/definition/nodes no_trigger")) {
            assertTrue(violations.contains(expected), () -> expected + " missing from " + violations);
        }
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("/definition/edges/") && v.endsWith(" cycle")),
                violations::toString);
        assertEquals(0, TestData.count("select count(*) from workflows where workspace_id = ?", space.value()),
                "nothing was saved");
    }

    @Test
    void aDraftMayKeepViolationsButAnInvalidWorkflowIsNeverActive() {
        Workflow draft = create("Half done", Definitions.withoutTrigger(), true, false);
        assertFalse(draft.valid());
        assertFalse(draft.active());

        assertInactiveBecauseInvalid(() -> create("Eager", Definitions.withoutTrigger(), true, true));
        assertInactiveBecauseInvalid(() -> update(draft, 1, Optional.empty(), Optional.empty(), Optional.of(true)));
        assertEquals(1, stored(draft).version(), "the refused activation wrote no version");
        assertFalse(stored(draft).active());

        Workflow fixed = update(draft, 1, Optional.empty(), Optional.of(Definitions.valid()), Optional.of(true));
        assertTrue(fixed.valid());
        assertTrue(fixed.active());
        assertEquals(2, stored(draft).version());
    }

    @Test
    void aSaveThatIsNotADraftMustPassEveryRule() {
        DomainException.Invalid refused = assertThrows(DomainException.Invalid.class,
                () -> create("Strict", Definitions.withoutTrigger(), false, false));

        assertEquals(List.of("/definition/nodes no_trigger"), refused.violations().stream()
                .map(v -> v.pointer() + " " + v.code()).toList());
    }

    @Test
    void anEditMustNameTheCurrentVersionAndAStaleOneChangesNothing() {
        Workflow created = create("Guarded", Definitions.valid(), false, false);

        assertThrows(DomainException.VersionRequired.class, () -> app.updateWorkflow().update(as(editor), org, space,
                created.id(), command(Optional.empty(), Optional.of(DisplayName.of("Blind")), Optional.empty(),
                        Optional.empty())));
        Workflow renamed = update(created, 1, Optional.of(DisplayName.of("Renamed")), Optional.empty(),
                Optional.empty());
        assertEquals(2, renamed.version());
        assertThrows(DomainException.StaleVersion.class, () -> update(created, 1,
                Optional.of(DisplayName.of("Lost")), Optional.empty(), Optional.empty()));

        Workflow stored = stored(created);
        assertEquals(2, stored.version());
        assertEquals(DisplayName.of("Renamed"), stored.name());
        assertTrue(app.transactions.inTenant(org, () -> app.workflows.version(org, space, created.id(), 3))
                .isEmpty(), "the stale edit wrote no version");
    }

    private Workflow create(String name, Json.Obj definition, boolean draft, boolean active) {
        return app.createWorkflow().create(as(editor), org, space, new CreateWorkflow.Command(DisplayName.of(name),
                "", Tags.none(), active, false, definition, draft, ""));
    }

    private Workflow update(Workflow workflow, int expectedVersion, Optional<DisplayName> name,
                            Optional<Json.Obj> definition, Optional<Boolean> active) {
        return app.updateWorkflow().update(as(editor), org, space, workflow.id(),
                command(Optional.of(expectedVersion), name, definition, active));
    }

    private static UpdateWorkflow.Command command(Optional<Integer> expectedVersion, Optional<DisplayName> name,
                                                  Optional<Json.Obj> definition, Optional<Boolean> active) {
        return new UpdateWorkflow.Command(expectedVersion, name, Optional.empty(), Optional.empty(), active,
                Optional.empty(), definition, false, Optional.empty());
    }

    private Workflow stored(Workflow workflow) {
        return app.transactions.inTenant(org, () -> app.workflows.find(org, space, workflow.id())).orElseThrow();
    }

    private static void assertInactiveBecauseInvalid(Runnable attempt) {
        DomainException.Invalid refused = assertThrows(DomainException.Invalid.class, attempt::run);
        assertEquals(List.of("/active invalid_definition"), refused.violations().stream()
                .map(v -> v.pointer() + " " + v.code()).toList());
    }
}
