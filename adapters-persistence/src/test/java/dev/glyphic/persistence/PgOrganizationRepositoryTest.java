package dev.glyphic.persistence;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static dev.glyphic.persistence.testing.TestData.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.OrganizationRepository;
import dev.glyphic.application.port.out.Transactions;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.persistence.testing.TestData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PgOrganizationRepositoryTest {
    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final OrganizationRepository organizations = bean(OrganizationRepository.class);

    @Test
    void aStoredOrganizationReadsBackAsWritten() {
        Organization org = insert(TestData.newOrg());

        assertEquals(org, tx.inTenant(org.id(), () -> organizations.find(org.id())).orElseThrow());
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
