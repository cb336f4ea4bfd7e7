package dev.glyphic.persistence.org;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.persistence.testing.KeysetPages;
import dev.glyphic.persistence.testing.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} must do; {@code PgApiKeyRepositoryTest} runs it against PostgreSQL. */
abstract class ApiKeyRepositoryContract {
    private final TestData data = new TestData();
    private final Transactions tx = bean(Transactions.class);
    private final ApiKeyRepository keys = adapter();
    private final UserId owner = data.user().id();
    private final OrgId org = data.org(owner);
    private final Instant t = TestData.now();
    private final TokenDigest digest = TestData.digest();
    private final ApiKey key = new ApiKey(ApiKeyId.random(), org, DisplayName.of("CI"), Role.MEMBER, owner, "gk_ab12",
            t, Optional.empty(), Optional.empty());

    /** The adapter under test, as the application wires it. */
    protected abstract ApiKeyRepository adapter();

    @Test
    void keysArePagedByIdWithinTheirOrganizationOnly() {
        List<ApiKey> ours = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ApiKey k = new ApiKey(ApiKeyId.random(), org, DisplayName.of("CI " + i), Role.MEMBER, owner, "gk_ab1" + i,
                    t, Optional.empty(), Optional.empty());
            change(repository -> repository.insert(k, TestData.digest()));
            ours.add(k);
        }
        UserId otherOwner = data.user().id();
        OrgId otherOrg = data.org(otherOwner);
        tx.inTenant(otherOrg, () -> {
            keys.insert(new ApiKey(ApiKeyId.random(), otherOrg, DisplayName.of("Theirs"), Role.MEMBER, otherOwner,
                    "gk_cd34", t, Optional.empty(), Optional.empty()), TestData.digest());
            return null;
        });

        KeysetPages.assertPages(KeysetPages.byId(ours, k -> k.id().value()), 2, k -> k.id().value(),
                page -> tx.inTenant(org, () -> keys.list(org, page)));
    }

    @Test
    void aKeyIsFoundByItsDigestWithinItsOrganization() {
        insert();

        assertEquals(Optional.of(key), tx.inTenant(org, () -> keys.findByDigest(org, digest)));
        assertEquals(Optional.of(key), tx.inTenant(org, () -> keys.find(org, key.id())));
        assertTrue(tx.inTenant(org, () -> keys.findByDigest(org, TestData.digest())).isEmpty());
        OrgId otherOrg = data.org(owner);
        assertTrue(tx.inTenant(otherOrg, () -> keys.findByDigest(otherOrg, digest)).isEmpty());
    }

    @Test
    void revokingTwiceKeepsTheFirstRevocationTime() {
        insert();

        change(k -> k.revoke(org, key.id(), t.plusSeconds(10)));
        change(k -> k.revoke(org, key.id(), t.plusSeconds(20)));

        ApiKey revoked = find();
        assertEquals(Optional.of(t.plusSeconds(10)), revoked.revokedAt());
        assertFalse(revoked.active());
    }

    @Test
    void useIsRecordedAtMostOnceAMinute() {
        insert();

        change(k -> k.touch(org, key.id(), t));
        assertEquals(Optional.of(t), find().lastUsedAt(), "the first use is recorded");

        change(k -> k.touch(org, key.id(), t.plusSeconds(30)));
        assertEquals(Optional.of(t), find().lastUsedAt(), "30 s later is within the minute");

        change(k -> k.touch(org, key.id(), t.plusSeconds(61)));
        assertEquals(Optional.of(t.plusSeconds(61)), find().lastUsedAt(), "61 s later is recorded");
    }

    private void insert() {
        change(k -> k.insert(key, digest));
    }

    private void change(Consumer<ApiKeyRepository> work) {
        tx.inTenant(org, () -> {
            work.accept(keys);
            return null;
        });
    }

    private ApiKey find() {
        return tx.inTenant(org, () -> keys.find(org, key.id())).orElseThrow();
    }
}
