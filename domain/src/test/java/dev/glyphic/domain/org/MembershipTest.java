package dev.glyphic.domain.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.domain.identity.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MembershipTest {

    @Test
    void changingTheRoleKeepsWhoWhereAndSince() {
        Membership member = new Membership(OrgId.random(), UserId.random(), Role.MEMBER,
                Instant.parse("2025-01-01T00:00:00Z"));
        Membership admin = member.withRole(Role.ADMIN);
        assertEquals(Role.ADMIN, admin.role());
        assertEquals(member.orgId(), admin.orgId());
        assertEquals(member.userId(), admin.userId());
        assertEquals(member.joinedAt(), admin.joinedAt());
        assertEquals(Role.MEMBER, member.role());
    }
}
