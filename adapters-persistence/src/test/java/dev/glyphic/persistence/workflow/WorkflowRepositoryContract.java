package dev.glyphic.persistence.workflow;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static dev.glyphic.persistence.workflow.WorkflowFixtures.definition;
import static dev.glyphic.persistence.workflow.WorkflowFixtures.edit;
import static dev.glyphic.persistence.workflow.WorkflowFixtures.obj;
import static dev.glyphic.persistence.workflow.WorkflowFixtures.trashState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.org.WorkspaceRepository;
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
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.TestData;
import dev.glyphic.persistence.workflow.WorkflowFixtures.Draft;
import dev.glyphic.persistence.workflow.WorkflowFixtures.Query;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkflowRepository} must do: versions, the trash, the listing's filters and keyset paging, and
 * tenant isolation. {@code PgWorkflowRepositoryTest} runs it against PostgreSQL.
 */
abstract class WorkflowRepositoryContract {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final WorkflowRepository workflows = adapter();
    private final WorkspaceRepository workspaces = bean(WorkspaceRepository.class);
    protected final UserId author = data.user().id();
    protected final OrgId org = data.org(author);
    private final WorkspaceId workspace = workspace(org);

    /** The adapter under test, as the application wires it. */
    protected abstract WorkflowRepository adapter();

    @Test
    void aWorkflowReadsBackAsStoredWithItsFirstVersion() {
        Workflow stored = draft().name("Round trip").tags("ops", "billing").active(true).shared(true)
                .definition(definition("http.request", "logic.if", "data.set")).store();

        assertEquals(Optional.of(stored), find(stored));
        assertEquals(Optional.of(firstVersion(stored)), inOrg(() -> workflows.version(org, workspace, stored.id(), 1)));
        assertEquals(3, TestData.count("select node_count from workflows where id = ?", stored.id().value()),
                "node_count follows the definition");
    }

    @Test
    void anUpdateAtTheStoredVersionIsSavedWithItsVersionRow() {
        Workflow stored = draft().store();
        Workflow edited = edit(stored, "Renamed", definition("logic.if"));

        assertTrue(inOrg(() -> workflows.update(edited, 1, versionOf(edited))));

        assertEquals(Optional.of(edited), find(edited));
        assertEquals(Optional.of(versionOf(edited)), inOrg(() -> workflows.version(org, workspace, stored.id(), 2)));
    }

    @Test
    void anUpdateAtAStaleVersionAnswersFalseAndWritesNothing() {
        Workflow stored = draft().store();
        Workflow first = edit(stored, "First writer", definition("logic.if"));
        Workflow second = edit(stored, "Second writer", definition("flow.delay"));
        inOrg(() -> workflows.update(first, 1, versionOf(first)));

        assertFalse(inOrg(() -> workflows.update(second, 1, versionOf(second))));

        assertEquals(Optional.of(first), find(stored));
        assertEquals(Optional.of(versionOf(first)), inOrg(() -> workflows.version(org, workspace, stored.id(), 2)));
        assertEquals(2, TestData.count("select count(*) from workflow_versions where workflow_id = ?",
                stored.id().value()));
    }

    @Test
    void versionsAreListedNewestFirstPagedByNumberAndFetchedOneByOne() {
        Workflow v1 = draft().store();
        Workflow v2 = edit(v1, "Two", definition("logic.if"));
        Workflow v3 = edit(v2, "Three", definition("flow.delay"));
        inOrg(() -> workflows.update(v2, 1, versionOf(v2)) && workflows.update(v3, 2, versionOf(v3)));
        WorkflowId id = v1.id();

        assertEquals(List.of(3, 2, 1), numbers(inOrg(() -> workflows.versions(org, workspace, id, 10,
                Optional.empty()))));
        assertEquals(List.of(3, 2), numbers(inOrg(() -> workflows.versions(org, workspace, id, 2, Optional.empty()))));
        assertEquals(List.of(1), numbers(inOrg(() -> workflows.versions(org, workspace, id, 2, Optional.of(2)))));
        assertEquals(Optional.of(versionOf(v2)), inOrg(() -> workflows.version(org, workspace, id, 2)));
        assertEquals(Optional.empty(), inOrg(() -> workflows.version(org, workspace, id, 4)));
        WorkspaceId elsewhere = workspace(org);
        assertEquals(List.of(), inOrg(() -> workflows.versions(org, elsewhere, id, 10, Optional.empty())),
                "versions belong to the workflow's own workspace");
    }

    @Test
    void theAppRoleCanNeitherChangeNorRemoveAVersion() throws SQLException {
        Workflow stored = draft().store();
        UUID id = stored.id().value();

        assertEquals(INSUFFICIENT_PRIVILEGE,
                sqlStateAsApp(org, "update workflow_versions set change_summary = 'rewritten' where workflow_id = ?", id));
        assertEquals(INSUFFICIENT_PRIVILEGE, sqlStateAsApp(org, "delete from workflow_versions where workflow_id = ?", id));
        assertEquals(1, TestData.count("select count(*) from workflow_versions where workflow_id = ? "
                + "and change_summary = 'first'", id));
    }

    @Test
    void trashingAndRestoringChangeOnlyTheTrashStateAndATrashedWorkflowIsNotSaved() {
        Workflow live = draft().active(true).store();
        Workflow trashed = trashState(live, false, Optional.of(TestData.now()));

        inOrg(() -> {
            workflows.setDeleted(trashed);
            return null;
        });

        assertEquals(Optional.of(trashed), find(live));
        assertFalse(inOrg(() -> workflows.exists(org, workspace, live.id())), "exists ignores the trash");
        Workflow edit = edit(trashed, "Edited in the trash", definition("logic.if"));
        assertFalse(inOrg(() -> workflows.update(edit, 1, versionOf(edit))));

        Workflow restored = trashState(trashed, false, Optional.empty());
        inOrg(() -> {
            workflows.setDeleted(restored);
            return null;
        });
        assertEquals(Optional.of(restored), find(live));
        assertTrue(inOrg(() -> workflows.exists(org, workspace, live.id())));
        assertFalse(inOrg(() -> workflows.exists(org, workspace, WorkflowId.random())));
    }

    @Test
    void theTagFilterMatchesOneTagAmongSeveral() {
        draft().name("Both").tags("alpha", "beta").store();
        draft().name("Beta only").tags("beta").store();
        draft().name("None").store();

        assertEquals(List.of("Both"), names(query().tag("alpha")));
        assertEquals(List.of("Beta only", "Both"), names(query().tag("beta")));
    }

    @Test
    void theNamePrefixIgnoresCaseAndTakesWildcardsLiterally() {
        for (String name : List.of("50% off", "50 percent", "500 things", "Other 50%", "a_b", "axb")) {
            draft().name(name).store();
        }

        assertEquals(List.of("50% off"), names(query().namePrefix("50%")));
        assertEquals(List.of("50 percent", "50% off", "500 things"), names(query().namePrefix("50")));
        assertEquals(List.of("Other 50%"), names(query().namePrefix("OTH")));
        assertEquals(List.of("a_b"), names(query().namePrefix("A_")));
    }

    @Test
    void theNameContainsFilterIgnoresCaseAndTakesWildcardsLiterally() {
        for (String name : List.of("Daily Report", "weekly REPORT", "Reporter", "Summary", "100% done", "1000 done")) {
            draft().name(name).store();
        }

        assertEquals(List.of("Daily Report", "Reporter", "weekly REPORT"), names(query().nameContains("report")));
        assertEquals(List.of("Daily Report", "weekly REPORT"), names(query().nameContains("Y REP")));
        assertEquals(List.of("100% done"), names(query().nameContains("0%")));
    }

    @Test
    void theActiveFilterSplitsActiveFromInactive() {
        draft().name("On").active(true).store();
        draft().name("Off").store();

        assertEquals(List.of("On"), names(query().active(true)));
        assertEquals(List.of("Off"), names(query().active(false)));
    }

    @Test
    void theNodeTypeFilterMatchesANodeOfThatTypeOnly() {
        draft().name("Calls out").definition(definition("logic.if", "http.request")).store();
        draft().name("Decides").definition(definition("logic.if")).store();
        draft().name("Mentions it").definition(obj("nodes", new Json.Arr(List.of(obj("id", Json.of("n"),
                "data", obj("nodeType", Json.of("data.set"), "label", Json.of("http.request"))))))).store();
        draft().name("Broken draft").valid(false).definition(obj("nodes", Json.of("http.request"))).store();

        assertEquals(List.of("Calls out"), names(query().nodeType("http.request")));
        assertEquals(List.of("Calls out", "Decides"), names(query().nodeType("logic.if")));
    }

    @Test
    void theUpdatedRangeIncludesItsStartAndExcludesItsEnd() {
        Instant t0 = TestData.now().minusSeconds(3_600);
        draft().name("Before").updatedAt(t0.minusMillis(1)).store();
        draft().name("At start").updatedAt(t0).store();
        draft().name("Inside").updatedAt(t0.plusSeconds(60)).store();
        draft().name("At end").updatedAt(t0.plusSeconds(120)).store();

        assertEquals(List.of("At start", "Inside"),
                names(query().updatedFrom(t0).updatedTo(t0.plusSeconds(120))));
        assertEquals(List.of("At end", "At start", "Inside"), names(query().updatedFrom(t0)));
        assertEquals(List.of("Before"), names(query().updatedTo(t0)));
    }

    @Test
    void theTrashIsListedApartFromLiveWorkflows() {
        draft().name("Live").store();
        Workflow doomed = draft().name("Trashed").store();
        inOrg(() -> {
            workflows.setDeleted(trashState(doomed, false, Optional.of(TestData.now())));
            return null;
        });

        assertEquals(List.of("Live"), names(query()));
        assertEquals(List.of("Trashed"), names(query().trash(true)));
    }

    @Test
    void pagesByUpdatedAtCoverEveryRowOnceEvenWhereTimesTie() {
        Instant t = TestData.now();
        List<Instant> times = List.of(t, t, t.minusSeconds(1), t.minusSeconds(2), t.minusSeconds(2),
                t.minusSeconds(3), t.minusSeconds(4));
        List<Workflow> all = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            all.add(draft().name("W" + i).updatedAt(times.get(i)).store());
        }
        all.sort(Comparator.comparing(Workflow::updatedAt).thenComparing(w -> w.id().toString()).reversed());

        assertPagesOf3(WorkflowQuery.Sort.UPDATED_AT, all);
    }

    @Test
    void pagesByNameCoverEveryRowOnceIgnoringCaseEvenWhereNamesTie() {
        List<Workflow> all = new ArrayList<>();
        for (String name : List.of("echo", "Bravo", "alpha", "Echo", "bravo", "delta", "Charlie")) {
            all.add(draft().name(name).store());
        }
        all.sort(Comparator.comparing((Workflow w) -> w.name().value().toLowerCase(Locale.ROOT))
                .thenComparing(w -> w.id().toString()));

        assertPagesOf3(WorkflowQuery.Sort.NAME, all);
    }

    @Test
    void aHandMadeCursorWhoseKeyIsNoInstantIsABadQuery() {
        WorkflowCursor forged = new WorkflowCursor(WorkflowQuery.Sort.UPDATED_AT, "yesterday", new UUID(0, 0));

        DomainException.BadQuery refused = assertThrows(DomainException.BadQuery.class,
                () -> inOrg(query().sort(WorkflowQuery.Sort.UPDATED_AT).after(forged)::list));
        assertEquals("invalid_cursor", refused.violations().get(0).code());
    }

    @Test
    void anotherOrganizationsWorkflowIsInvisibleEvenByItsIds() throws SQLException {
        UserId someoneElse = data.user().id();
        OrgId orgB = data.org(someoneElse);
        WorkspaceId workspaceB = workspace(orgB);
        Workflow theirs = draft().in(orgB, workspaceB).store();
        draft().name("Ours").store();

        assertEquals(Optional.empty(), inOrg(() -> workflows.find(orgB, workspaceB, theirs.id())));
        assertFalse(inOrg(() -> workflows.exists(orgB, workspaceB, theirs.id())));
        assertEquals(List.of(), inOrg(() -> workflows.list(query().in(orgB, workspaceB).build())));
        assertEquals(List.of(), inOrg(() -> workflows.versions(orgB, workspaceB, theirs.id(), 10, Optional.empty())));
        assertEquals(Optional.of(theirs), inTenant(orgB, () -> workflows.find(orgB, workspaceB, theirs.id())),
                "visible in its own organization");
        assertEquals(INSUFFICIENT_PRIVILEGE, sqlStateAsApp(org, "insert into workflow_versions (org_id, workflow_id, "
                + "version, definition, author, created_at) values (?, ?, 9, '{}', gen_random_uuid(), now())",
                orgB.value(), theirs.id().value()), "no writing into another organization");
    }

    // --- paging

    private void assertPagesOf3(WorkflowQuery.Sort sort, List<Workflow> expectedOrder) {
        List<WorkflowSummary> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        Optional<WorkflowCursor> after = Optional.empty();
        do {
            List<WorkflowSummary> fetched = inOrg(query().sort(sort).limit(3).after(after)::list);
            List<WorkflowSummary> page = fetched.subList(0, Math.min(3, fetched.size()));
            pageSizes.add(page.size());
            seen.addAll(page);
            after = fetched.size() > 3 ? Optional.of(cursorAfter(page.get(2), sort)) : Optional.empty();
        } while (after.isPresent());

        assertEquals(List.of(3, 3, 1), pageSizes);
        assertEquals(7, new HashSet<>(seen).size(), "no duplicates");
        assertEquals(expectedOrder.stream().map(w -> w.id().value()).toList(),
                seen.stream().map(w -> w.id().value()).toList());
    }

    /** As ListWorkflowsService makes it. */
    private static WorkflowCursor cursorAfter(WorkflowSummary last, WorkflowQuery.Sort sort) {
        String key = switch (sort) {
            case UPDATED_AT -> last.updatedAt().toString();
            case NAME -> last.name().value().toLowerCase(Locale.ROOT);
        };
        return new WorkflowCursor(sort, key, last.id().value());
    }

    // --- fixtures

    private Draft draft() {
        return new Draft(tx, workflows, author, org, workspace);
    }

    protected Query query() {
        return new Query(workflows, org, workspace);
    }

    /** The names listed in the default workspace, sorted by name. */
    private List<String> names(Query query) {
        return inOrg(query::list).stream().map(w -> w.name().value()).toList();
    }

    private static List<UUID> ids(List<WorkflowSummary> list) {
        return list.stream().map(w -> w.id().value()).toList();
    }

    private static List<Integer> numbers(List<WorkflowVersion> versions) {
        return versions.stream().map(WorkflowVersion::version).toList();
    }

    private WorkflowVersion firstVersion(Workflow w) {
        return WorkflowFixtures.firstVersion(w, author);
    }

    private WorkflowVersion versionOf(Workflow w) {
        return new WorkflowVersion(w.id(), w.version(), w.definition(), "saved as " + w.name().value(), author,
                w.updatedAt());
    }

    protected WorkspaceId workspace(OrgId orgId) {
        Workspace w = Workspace.open(orgId, DisplayName.of("Workspace"), TestData.slug(), TestData.now());
        inTenant(orgId, () -> workspaces.insert(w));
        return w.id();
    }

    private Optional<Workflow> find(Workflow w) {
        return inTenant(w.orgId(), () -> workflows.find(w.orgId(), w.workspaceId(), w.id()));
    }

    protected <T> T inOrg(Supplier<T> work) {
        return tx.inTenant(org, work);
    }

    private <T> T inTenant(OrgId orgId, Supplier<T> work) {
        return tx.inTenant(orgId, work);
    }

    /** Runs one statement as the app role in the tenant's scope; answers its SQLState, or null when it succeeded. */
    private static String sqlStateAsApp(OrgId tenant, String statement, Object... params) throws SQLException {
        try (Connection app = TestDatabase.get().app()) {
            app.setAutoCommit(false);
            try (PreparedStatement scope = app.prepareStatement("select set_config('app.org_id', ?, true)")) {
                scope.setString(1, tenant.value().toString());
                scope.execute();
            }
            try (PreparedStatement s = app.prepareStatement(statement)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                s.execute();
                return null;
            } catch (SQLException e) {
                return e.getSQLState();
            } finally {
                app.rollback();
            }
        }
    }
}
