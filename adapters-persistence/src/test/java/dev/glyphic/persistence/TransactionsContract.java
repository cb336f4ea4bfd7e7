package dev.glyphic.persistence;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static dev.glyphic.persistence.testing.TestData.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.org.OrganizationRepository.OrgWithRole;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.persistence.testing.TestData;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Transactions} must do: one transaction per call, scoped to one tenant (or a user's own orgs, or
 * none) and to that call alone, rolled back whole when the work throws, never nested. {@code JdbcTransactionsTest}
 * runs it against PostgreSQL.
 */
abstract class TransactionsContract {
    private final TestData data = new TestData();
    private final Transactions tx = adapter();
    private final UserRepository users = bean(UserRepository.class);
    private final OrganizationRepository organizations = bean(OrganizationRepository.class);
    private final MembershipRepository memberships = bean(MembershipRepository.class);
    private final WorkspaceRepository workspaces = bean(WorkspaceRepository.class);

    /** The adapter under test, as the application wires it. */
    protected abstract Transactions adapter();

    @Test
    void workThatReturnsCommitsAndItsValueReachesTheCaller() {
        UserId owner = data.user().id();
        Organization org = TestData.newOrg();

        boolean inserted = tx.inTenant(org.id(), () -> organizations.insert(org)
                && memberships.insert(new Membership(org.id(), owner, Role.OWNER, TestData.now())));

        assertTrue(inserted);
        assertEquals(1, count("select count(*) from organizations where id = ?", org.id().value()));
        assertEquals(org.id(), tx.inTenant(org.id(), () -> organizations.find(org.id())).orElseThrow().id(),
                "a later transaction of the same tenant sees what was committed");
    }

    @Test
    void workThatThrowsRollsBackEverythingItWrote() {
        UserId owner = data.user().id();
        Organization org = TestData.newOrg();
        RuntimeException failure = new RuntimeException("the use case failed after writing");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> tx.inTenant(org.id(), () -> {
            assertTrue(organizations.insert(org));
            assertTrue(memberships.insert(new Membership(org.id(), owner, Role.OWNER, TestData.now())));
            throw failure;
        }));

        assertSame(failure, thrown, "the work's own exception reaches the caller");
        assertEquals(0, count("select count(*) from organizations where id = ?", org.id().value()));
        assertEquals(0, count("select count(*) from memberships where org_id = ?", org.id().value()));
        assertTrue(tx.inTenant(org.id(), () -> organizations.insert(org)),
                "the failed transaction is over: the next one starts, and the same row can be written again");
    }

    @Test
    void aTransactionInsideAnotherIsRefused() {
        OrgId a = data.org(data.user().id());
        OrgId b = data.org(data.user().id());
        AtomicBoolean innerRan = new AtomicBoolean();

        boolean outerStillScoped = tx.inTenant(a, () -> {
            assertThrows(IllegalStateException.class, () -> tx.inTenant(b, () -> innerRan.getAndSet(true)));
            assertThrows(IllegalStateException.class, () -> tx.global(() -> innerRan.getAndSet(true)));
            return organizations.find(a).isPresent() && organizations.find(b).isEmpty();
        });

        assertFalse(innerRan.get(), "the nested work must not run at all");
        assertTrue(outerStillScoped, "the outer transaction keeps its own tenant");
    }

    @Test
    void noScopeNestsInsideAnother() {
        UserId user = data.user().id();
        OrgId org = data.org(user);
        AtomicBoolean innerRan = new AtomicBoolean();

        tx.global(() -> assertThrows(IllegalStateException.class,
                () -> tx.inTenant(org, () -> innerRan.getAndSet(true))));
        tx.asUser(user, () -> assertThrows(IllegalStateException.class,
                () -> tx.global(() -> innerRan.getAndSet(true))));
        tx.inTenant(org, () -> assertThrows(IllegalStateException.class,
                () -> tx.asUser(user, () -> innerRan.getAndSet(true))));

        assertFalse(innerRan.get(), "the nested work must not run at all");
    }

    @Test
    void aTenantScopeEndsWithItsTransaction() {
        UserId owner = data.user().id();
        OrgId a = data.org(owner);
        OrgId b = data.org(data.user().id());
        assertTrue(tx.inTenant(a, () -> organizations.find(a)).isPresent());

        assertTrue(tx.global(() -> organizations.find(a)).isEmpty(), "the next global transaction sees no tenant");
        assertTrue(tx.inTenant(b, () -> organizations.find(a)).isEmpty(), "the next tenant sees only its own");
        assertTrue(tx.asUser(data.user().id(), () -> organizations.find(a)).isEmpty(),
                "another user sees only the orgs they belong to");
    }

    @Test
    void aTenantCannotReadAnotherTenantsWorkspacesEvenByTheirIds() {
        OrgId a = data.org(data.user().id());
        OrgId b = data.org(data.user().id());
        Workspace inA = Workspace.open(a, DisplayName.of("A"), TestData.slug(), TestData.now());
        Workspace inB = Workspace.open(b, DisplayName.of("B"), TestData.slug(), TestData.now());
        tx.inTenant(a, () -> workspaces.insert(inA));
        tx.inTenant(b, () -> workspaces.insert(inB));

        tx.inTenant(a, () -> {
            assertTrue(workspaces.find(b, inB.id()).isEmpty());
            assertTrue(workspaces.list(b, PageRequest.first(10)).isEmpty());
            assertEquals(inA, workspaces.find(a, inA.id()).orElseThrow(), "its own workspace is there");
            return null;
        });
        assertEquals(inB, tx.inTenant(b, () -> workspaces.find(b, inB.id())).orElseThrow());
    }

    @Test
    void theGlobalScopeSeesUsersButNoTenantRows() {
        UserId owner = data.user().id();
        OrgId org = data.org(owner);
        Workspace workspace = Workspace.open(org, DisplayName.of("W"), TestData.slug(), TestData.now());
        tx.inTenant(org, () -> workspaces.insert(workspace));

        tx.global(() -> {
            assertTrue(users.find(owner).isPresent(), "users are global");
            assertTrue(organizations.find(org).isEmpty());
            assertTrue(memberships.find(org, owner).isEmpty());
            assertTrue(memberships.orgsOf(owner).isEmpty());
            assertTrue(workspaces.find(org, workspace.id()).isEmpty());
            return null;
        });
    }

    @Test
    void aUserScopeListsThatUsersOrganizationsAcrossTenantsAndNoOneElses() {
        UserId ada = data.user().id();
        UserId bob = data.user().id();
        OrgId adasOwn = data.org(ada);
        OrgId bobsShared = data.org(bob);
        OrgId bobsOwn = data.org(bob);
        data.join(bobsShared, ada, Role.MEMBER);

        Map<OrgId, Role> adasOrgs = tx.asUser(ada, () -> organizations.listForUser(ada, PageRequest.first(10)))
                .stream().collect(Collectors.toMap(o -> o.organization().id(), OrgWithRole::role));
        assertEquals(Map.of(adasOwn, Role.OWNER, bobsShared, Role.MEMBER), adasOrgs);
        assertEquals(Set.of(adasOwn, bobsShared), Set.copyOf(tx.asUser(ada, () -> memberships.orgsOf(ada))));

        tx.asUser(ada, () -> {
            assertTrue(organizations.listForUser(bob, PageRequest.first(10)).isEmpty(), "Bob's list is his");
            assertTrue(memberships.orgsOf(bob).isEmpty());
            assertTrue(organizations.find(bobsOwn).isEmpty());
            return null;
        });
        assertEquals(Set.of(bobsShared, bobsOwn), Set.copyOf(tx.asUser(bob, () -> memberships.orgsOf(bob))));
    }
}
