package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.persistence.testing.KeysetPages;
import dev.glyphic.persistence.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link WorkspaceRepository} must do; {@code PgWorkspaceRepositoryTest} runs it against PostgreSQL. */
abstract class WorkspaceRepositoryContract {
    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final WorkspaceRepository workspaces = adapter();
    private final OrgId org = data.org(data.user().id());

    /** The adapter under test, as the application wires it. */
    protected abstract WorkspaceRepository adapter();

    @Test
    void workspacesArePagedByIdWithinTheirOrganizationOnly() {
        OrgId org = data.org(data.user().id());
        List<Workspace> ours = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Workspace w = open(org, TestData.slug());
            assertTrue(insert(w));
            ours.add(w);
        }
        assertTrue(insert(open(data.org(data.user().id()), TestData.slug())));

        KeysetPages.assertPages(KeysetPages.byId(ours, w -> w.id().value()), 2, w -> w.id().value(),
                page -> tx.inTenant(org, () -> workspaces.list(org, page)));
    }

    @Test
    void aSlugIsUniqueWithinAnOrganizationOnly() {
        OrgId otherOrg = data.org(data.user().id());
        Slug slug = TestData.slug();
        Workspace first = open(org, slug);

        assertTrue(insert(first));
        assertFalse(insert(open(org, slug)), "same slug, same organization");
        assertTrue(insert(open(otherOrg, slug)), "same slug, another organization");
        assertEquals(List.of(first), tx.inTenant(org, () -> workspaces.list(org, PageRequest.first(10))));
    }

    @Test
    void renamingToASlugTakenInTheOrganizationIsRefusedAndChangesNothing() {
        Workspace taken = open(org, TestData.slug());
        Workspace mine = open(org, TestData.slug());
        insert(taken);
        insert(mine);

        boolean updated = tx.inTenant(org,
                () -> workspaces.update(mine.rename(DisplayName.of("Renamed"), taken.slug(), TestData.now())));

        assertFalse(updated);
        assertEquals(Optional.of(mine), find(mine));
    }

    @Test
    void renamingToAFreeSlugIsSaved() {
        Workspace mine = open(org, TestData.slug());
        insert(mine);
        Workspace renamed = mine.rename(DisplayName.of("Renamed"), TestData.slug(), TestData.now().plusSeconds(1));

        assertTrue(tx.inTenant(org, () -> workspaces.update(renamed)));
        assertEquals(Optional.of(renamed), find(renamed));
    }

    @Test
    void aDeletedWorkspaceIsGoneAndItsNeighboursStay() {
        Workspace doomed = open(org, TestData.slug());
        Workspace neighbour = open(org, TestData.slug());
        insert(doomed);
        insert(neighbour);

        tx.inTenant(org, () -> {
            workspaces.delete(org, doomed.id());
            return null;
        });

        assertTrue(find(doomed).isEmpty());
        assertEquals(Optional.of(neighbour), find(neighbour));
    }

    private static Workspace open(OrgId org, Slug slug) {
        return Workspace.open(org, DisplayName.of("Workspace"), slug, TestData.now());
    }

    private boolean insert(Workspace w) {
        return tx.inTenant(w.orgId(), () -> workspaces.insert(w));
    }

    private Optional<Workspace> find(Workspace w) {
        return tx.inTenant(w.orgId(), () -> workspaces.find(w.orgId(), w.id()));
    }
}
