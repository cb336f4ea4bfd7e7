package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static dev.glyphic.persistence.testing.TestData.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.MembershipRepository.Member;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.persistence.testing.KeysetPages;
import dev.glyphic.persistence.testing.Await;
import dev.glyphic.persistence.testing.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link MembershipRepository} must do; {@code PgMembershipRepositoryTest} runs it against PostgreSQL. */
abstract class MembershipRepositoryContract {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final MembershipRepository memberships = adapter();

    /** The adapter under test, as the application wires it. */
    protected abstract MembershipRepository adapter();

    @Test
    void aUserJoinsAnOrganizationOnceAndTheirRoleCanChange() {
        UserId owner = data.user().id();
        UserId member = data.user().id();
        OrgId org = data.org(owner);
        Membership joined = new Membership(org, member, Role.MEMBER, TestData.now());

        assertTrue(tx.inTenant(org, () -> memberships.insert(joined)));
        assertFalse(tx.inTenant(org, () -> memberships.insert(joined.withRole(Role.ADMIN))), "already a member");
        assertEquals(joined, tx.inTenant(org, () -> memberships.find(org, member)).orElseThrow());

        tx.inTenant(org, () -> {
            memberships.updateRole(org, member, Role.VIEWER);
            return null;
        });
        assertEquals(Role.VIEWER, tx.inTenant(org, () -> memberships.find(org, member)).orElseThrow().role());

        tx.inTenant(org, () -> {
            memberships.delete(org, member);
            return null;
        });
        assertTrue(tx.inTenant(org, () -> memberships.find(org, member)).isEmpty());
        assertTrue(tx.inTenant(org, () -> memberships.find(org, owner)).isPresent(), "only that member left");
    }

    @Test
    void lockingTheOwnersCountsOwnersOnly() {
        OrgId org = data.org(data.user().id());
        data.join(org, data.user().id(), Role.OWNER);
        data.join(org, data.user().id(), Role.ADMIN);
        data.join(org, data.user().id(), Role.MEMBER);
        OrgId otherOrg = data.org(data.user().id());

        assertEquals(2, tx.inTenant(org, () -> memberships.lockOwners(org)));
        assertEquals(1, tx.inTenant(otherOrg, () -> memberships.lockOwners(otherOrg)));
    }

    /**
     * Two owners demote each other at once. The second to lock waits for the first to commit and then counts one
     * owner, so the rule "never zero owners" can refuse it.
     */
    @Test
    void aSecondOwnerCountWaitsForTheFirstDemotionAndSeesItsResult() throws Exception {
        UserId first = data.user().id();
        UserId second = data.user().id();
        OrgId org = data.org(first);
        data.join(org, second, Role.OWNER);
        CountDownLatch firstDemoted = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        // Own threads: the common pool may have a single worker on a small machine, which would run them in turn.
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<Long> firstCount = threads.submit(() -> tx.inTenant(org, () -> {
                long owners = memberships.lockOwners(org);
                memberships.updateRole(org, first, Role.ADMIN);
                firstDemoted.countDown();
                await(commitFirst);
                return owners;
            }));
            await(firstDemoted);
            Future<Long> secondCount = threads.submit(() -> tx.inTenant(org, () -> {
                long owners = memberships.lockOwners(org);
                if (owners > 1) {
                    memberships.updateRole(org, second, Role.ADMIN);
                }
                return owners;
            }));
            // The server's own view of its backends: a row lock wait shows as wait_event_type 'Lock'.
            Await.until("the second transaction to wait for the first one's row locks", () -> count("select count(*) "
                    + "from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'") > 0);
            assertFalse(secondCount.isDone(), "the second count must wait for the first transaction");
            commitFirst.countDown();

            assertEquals(2, firstCount.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            assertEquals(1, secondCount.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
        assertEquals(1, count("select count(*) from memberships where org_id = ? and role = 'owner'", org.value()));
    }

    @Test
    void membersArePagedByUserIdWithoutGapsOrDuplicates() {
        UserId owner = data.user().id();
        OrgId org = data.org(owner);
        List<UUID> expected = new ArrayList<>(List.of(owner.value()));
        for (int i = 0; i < 4; i++) {
            UserId member = data.user().id();
            data.join(org, member, Role.MEMBER);
            expected.add(member.value());
        }
        data.org(data.user().id());
        expected.sort(KeysetPages.DATABASE_ORDER);

        KeysetPages.assertPages(expected, 2, id -> id, page -> tx.inTenant(org, () -> memberships.list(org, page))
                .stream().map(m -> m.user().id().value()).toList());
    }

    @Test
    void aListedMemberCarriesTheirUserAndMembership() {
        User owner = data.user();
        OrgId org = data.org(owner.id());

        List<Member> members = tx.inTenant(org, () -> memberships.list(org, PageRequest.first(10)));

        assertEquals(1, members.size());
        assertEquals(owner, members.get(0).user());
        assertEquals(Role.OWNER, members.get(0).membership().role());
        assertEquals(org, members.get(0).membership().orgId());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
