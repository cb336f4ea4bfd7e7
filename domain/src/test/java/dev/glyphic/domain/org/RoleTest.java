package dev.glyphic.domain.org;

import static dev.glyphic.domain.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {
    private static final List<Role> STRONGEST_FIRST = List.of(Role.OWNER, Role.ADMIN, Role.MEMBER, Role.VIEWER);

    @Test
    void rolesAreOrderedOwnerAdminMemberViewer() {
        for (int i = 0; i < STRONGEST_FIRST.size(); i++) {
            for (int j = 0; j < STRONGEST_FIRST.size(); j++) {
                Role a = STRONGEST_FIRST.get(i);
                Role b = STRONGEST_FIRST.get(j);
                assertEquals(i <= j, a.atLeast(b), a + " atLeast " + b);
            }
        }
    }

    @Test
    void aViewerIsNotAtLeastAMemberButAnOwnerIsAtLeastEveryone() {
        assertFalse(Role.VIEWER.atLeast(Role.MEMBER));
        assertTrue(Role.OWNER.atLeast(Role.VIEWER));
        assertTrue(Role.ADMIN.atLeast(Role.ADMIN));
    }

    @ParameterizedTest(name = "{0} capped to {1} is {2}")
    @CsvSource({
            "OWNER, ADMIN, ADMIN", "ADMIN, OWNER, ADMIN",
            "MEMBER, VIEWER, VIEWER", "VIEWER, OWNER, VIEWER",
            "ADMIN, MEMBER, MEMBER", "OWNER, OWNER, OWNER"})
    void capToGivesTheWeakerOfTwoRoles(Role role, Role cap, Role expected) {
        assertEquals(expected, role.capTo(cap));
    }

    @Property
    void capToIsTheWeakerOfTheTwoWhicheverWayRound(@ForAll Role a, @ForAll Role b) {
        Role capped = a.capTo(b);
        assertEquals(capped, b.capTo(a));
        assertTrue(a.atLeast(capped) && b.atLeast(capped));
        assertTrue(capped == a || capped == b);
    }

    @ParameterizedTest
    @CsvSource({"owner, OWNER", "admin, ADMIN", "member, MEMBER", "viewer, VIEWER"})
    void parseReadsWireNames(String wire, Role expected) {
        assertEquals(expected, Role.parse(wire));
        assertEquals(wire, expected.wireName());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void wireNamesRoundTrip(Role role) {
        assertEquals(role, Role.parse(role.wireName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Owner", "OWNER", "root", "", " owner", "owner "})
    @NullSource
    void parseRefusesAnythingButAWireName(String raw) {
        assertInvalid("invalid_role", () -> Role.parse(raw));
    }
}
