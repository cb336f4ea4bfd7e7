package dev.glyphic.domain.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeyTest {
    private static final Instant CREATED = Instant.parse("2025-02-01T09:00:00Z");

    static ApiKey key(Role role, Optional<Instant> revokedAt) {
        return new ApiKey(ApiKeyId.random(), OrgId.random(), DisplayName.of("CI"), role, UserId.random(), "gk_abcd",
                CREATED, Optional.empty(), revokedAt);
    }

    @ParameterizedTest(name = "a {0} key of a {1} acts as {2}")
    @CsvSource({
            "ADMIN, MEMBER, MEMBER",
            "ADMIN, VIEWER, VIEWER",
            "OWNER, ADMIN, ADMIN",
            "VIEWER, OWNER, VIEWER",
            "MEMBER, MEMBER, MEMBER"})
    void actsWithItsRoleCappedToItsCreatorsCurrentRole(Role keyRole, Role creatorRole, Role effective) {
        assertEquals(effective, key(keyRole, Optional.empty()).effectiveRole(creatorRole));
    }

    @Property
    void neverOutranksItsCreatorNorItsOwnRole(@ForAll Role keyRole, @ForAll Role creatorRole) {
        Role effective = key(keyRole, Optional.empty()).effectiveRole(creatorRole);
        assertTrue(creatorRole.atLeast(effective));
        assertTrue(keyRole.atLeast(effective));
    }

    @Test
    void isActiveUntilRevoked() {
        assertTrue(key(Role.MEMBER, Optional.empty()).active());
        assertFalse(key(Role.MEMBER, Optional.of(CREATED.plusSeconds(1))).active());
    }
}
