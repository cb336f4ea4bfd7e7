package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static dev.glyphic.persistence.testing.TestData.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ExecutionLimits;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.persistence.testing.KeysetPages;
import dev.glyphic.persistence.testing.TestData;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrganizationRepository} must do; {@code PgOrganizationRepositoryTest} runs it against PostgreSQL.
 */
abstract class OrganizationRepositoryContract {
    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final OrganizationRepository organizations = adapter();

    /** The adapter under test, as the application wires it. */
    protected abstract OrganizationRepository adapter();

    @Test
    void aUsersOrganizationsArePagedByIdAndNoOneElsesAreListed() {
        UserId user = data.user().id();
        List<OrgId> theirs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            theirs.add(data.org(user));
        }
        OrgId joined = data.org(data.user().id());
        data.join(joined, user, Role.VIEWER);
        theirs.add(joined);
        data.org(data.user().id());

        KeysetPages.assertPages(KeysetPages.byId(theirs, OrgId::value), 2, OrgId::value,
                page -> tx.asUser(user, () -> organizations.listForUser(user, page)).stream()
                        .map(listed -> listed.organization().id()).toList());
        assertEquals(Role.VIEWER, tx.asUser(user, () -> organizations.listForUser(user, PageRequest.first(10)))
                .stream().filter(listed -> listed.organization().id().equals(joined)).findFirst().orElseThrow()
                .role(), "each with the user's role in it");
    }

    @Test
    void aStoredOrganizationReadsBackAsWritten() {
        Organization org = insert(TestData.newOrg());

        assertEquals(org, tx.inTenant(org.id(), () -> organizations.find(org.id())).orElseThrow());
    }

    @Test
    void executionLimitsAreStoredInTheirColumnsAndReadBack() {
        Organization org = insert(TestData.newOrg().limitExecutions(new ExecutionLimits(7, 400), TestData.now()));

        assertEquals(1, count("select count(*) from organizations where id = ? and max_concurrent_executions = 7 "
                + "and execution_retention_days = 400", org.id().value()), "the engine reads these columns");
        assertEquals(org, tx.inTenant(org.id(), () -> organizations.find(org.id())).orElseThrow());
    }

    @Test
    void changedExecutionLimitsAreSavedAndListedWithTheOrganization() {
        UserId owner = data.user().id();
        OrgId id = data.org(owner);
        Organization org = tx.inTenant(id, () -> organizations.find(id)).orElseThrow();
        Organization limited = org.limitExecutions(new ExecutionLimits(10_000, 3650), TestData.now().plusSeconds(1));

        assertTrue(tx.inTenant(id, () -> organizations.update(limited)));

        assertEquals(limited, tx.inTenant(id, () -> organizations.find(id)).orElseThrow());
        List<OrganizationRepository.OrgWithRole> listed = tx.asUser(owner,
                () -> organizations.listForUser(owner, PageRequest.parse(null, null)));
        assertEquals(List.of(limited), listed.stream().map(OrganizationRepository.OrgWithRole::organization).toList());
    }

    @Test
    void aRowWrittenWithoutLimitsGetsTheDatabasesDefaultsWhichAreTheDomainsDefaults() throws SQLException {
        OrgId id = OrgId.random();
        try (Connection su = TestDatabase.get().superuser();
             PreparedStatement insert = su.prepareStatement("insert into organizations (id, name, slug, created_at, "
                     + "updated_at) values (?, 'Old', ?, now(), now())")) {
            insert.setObject(1, id.value());
            insert.setString(2, TestData.slug().value());
            insert.executeUpdate();
        }

        assertEquals(ExecutionLimits.DEFAULT,
                tx.inTenant(id, () -> organizations.find(id)).orElseThrow().executionLimits());
    }

    @Test
    void aSlugTakenByAnotherOrganizationStoresNothing() {
        Organization first = insert(TestData.newOrg());
        Organization second = Organization.found(DisplayName.of("Copy"), first.slug(), TestData.now());

        assertFalse(tx.inTenant(second.id(), () -> organizations.insert(second)));
        assertEquals(0, count("select count(*) from organizations where id = ?", second.id().value()));
    }

    @Test
    void renamingToAnotherOrganizationsSlugIsRefusedAndChangesNothing() {
        Organization taken = insert(TestData.newOrg());
        Organization mine = insert(TestData.newOrg());

        Organization renamed = mine.rename(DisplayName.of("Renamed"), taken.slug(), TestData.now());

        Optional<Organization> afterRefusal = tx.inTenant(mine.id(), () -> {
            assertFalse(organizations.update(renamed));
            return organizations.find(mine.id());
        });

        assertEquals(Optional.of(mine), afterRefusal, "unchanged, and the transaction still usable");
        assertEquals(1, count("select count(*) from organizations where slug = ?", taken.slug().value()));
    }

    @Test
    void renamingToAFreeSlugOrKeepingItsOwnIsSaved() {
        Organization mine = insert(TestData.newOrg());
        Organization sameSlug = mine.rename(DisplayName.of("New name"), null, TestData.now().plusSeconds(1));
        Slug free = TestData.slug();
        Organization newSlug = sameSlug.rename(null, free, TestData.now().plusSeconds(2));

        assertTrue(tx.inTenant(mine.id(), () -> organizations.update(sameSlug)));
        assertEquals(sameSlug, tx.inTenant(mine.id(), () -> organizations.find(mine.id())).orElseThrow());
        assertTrue(tx.inTenant(mine.id(), () -> organizations.update(newSlug)));
        assertEquals(newSlug, tx.inTenant(mine.id(), () -> organizations.find(mine.id())).orElseThrow());
    }

    @Test
    void deletingAnOrganizationRemovesItsRows() {
        OrgId org = data.org(data.user().id());

        tx.inTenant(org, () -> {
            organizations.delete(org);
            return null;
        });

        assertEquals(0, count("select count(*) from organizations where id = ?", org.value()));
        assertEquals(0, count("select count(*) from memberships where org_id = ?", org.value()));
    }

    private Organization insert(Organization org) {
        assertTrue(tx.inTenant(org.id(), () -> organizations.insert(org)));
        return org;
    }
}
