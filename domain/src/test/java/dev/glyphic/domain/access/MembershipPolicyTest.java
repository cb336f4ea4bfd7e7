package dev.glyphic.domain.access;

import static dev.glyphic.domain.org.Role.ADMIN;
import static dev.glyphic.domain.org.Role.MEMBER;
import static dev.glyphic.domain.org.Role.OWNER;
import static dev.glyphic.domain.org.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipPolicyTest {
    private static final OrgId ORG = OrgId.random();
    private static final Instant JOINED = Instant.parse("2025-01-01T00:00:00Z");

    static Membership member(Role role) {
        return new Membership(ORG, UserId.random(), role, JOINED);
    }

    static void assertAllowed(PolicyDecision decision) {
        assertEquals(PolicyDecision.ALLOWED, decision);
    }

    static void assertForbidden(PolicyDecision decision) {
        assertInstanceOf(PolicyDecision.Forbidden.class, decision);
    }

    static void assertLastOwner(PolicyDecision decision) {
        PolicyDecision.Conflict conflict = assertInstanceOf(PolicyDecision.Conflict.class, decision);
        assertEquals("last_owner", conflict.code());
    }

    @Nested
    class ChangeRole {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"VIEWER", "MEMBER"})
        void viewersAndMembersCannotChangeRoles(Role actorRole) {
            assertForbidden(MembershipPolicy.changeRole(member(actorRole), member(VIEWER), MEMBER, 1));
            assertForbidden(MembershipPolicy.changeRole(member(actorRole), member(MEMBER), VIEWER, 1));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "VIEWER, MEMBER", "VIEWER, ADMIN",
                "MEMBER, VIEWER", "MEMBER, ADMIN",
                "ADMIN, VIEWER", "ADMIN, MEMBER"})
        void anAdminMovesNonOwnersBetweenViewerMemberAndAdmin(Role from, Role to) {
            assertAllowed(MembershipPolicy.changeRole(member(ADMIN), member(from), to, 1));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"VIEWER", "MEMBER", "ADMIN"})
        void anAdminCannotPromoteToOwner(Role from) {
            assertForbidden(MembershipPolicy.changeRole(member(ADMIN), member(from), OWNER, 1));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"VIEWER", "MEMBER", "ADMIN"})
        void anAdminCannotChangeAnOwnersRole(Role to) {
            assertForbidden(MembershipPolicy.changeRole(member(ADMIN), member(OWNER), to, 2));
        }

        @Test
        void anOwnerCanGrantOwner() {
            assertAllowed(MembershipPolicy.changeRole(member(OWNER), member(ADMIN), OWNER, 1));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"VIEWER", "MEMBER", "ADMIN"})
        void demotingTheLastOwnerIsAConflict(Role to) {
            Membership soleOwner = member(OWNER);
            assertLastOwner(MembershipPolicy.changeRole(soleOwner, soleOwner, to, 1));
        }

        @Test
        void demotingOneOfTwoOwnersIsAllowed() {
            assertAllowed(MembershipPolicy.changeRole(member(OWNER), member(OWNER), ADMIN, 2));
        }

        @Test
        void anOwnerMayDemoteThemselvesWhenAnotherOwnerRemains() {
            Membership owner = member(OWNER);
            assertAllowed(MembershipPolicy.changeRole(owner, owner, MEMBER, 2));
        }
    }

    @Nested
    class Remove {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"VIEWER", "MEMBER", "ADMIN"})
        void anAdminRemovesANonOwner(Role target) {
            assertAllowed(MembershipPolicy.remove(member(ADMIN), member(target), 1));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"VIEWER", "MEMBER"})
        void aMemberOrViewerCannotRemoveSomeoneElse(Role actorRole) {
            assertForbidden(MembershipPolicy.remove(member(actorRole), member(VIEWER), 1));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"VIEWER", "MEMBER", "ADMIN"})
        void anyoneMayLeave(Role role) {
            Membership leaver = member(role);
            assertAllowed(MembershipPolicy.remove(leaver, leaver, 1));
        }

        @Test
        void anOwnerMayLeaveWhenAnotherOwnerRemains() {
            Membership owner = member(OWNER);
            assertAllowed(MembershipPolicy.remove(owner, owner, 2));
        }

        @Test
        void theLastOwnerCannotLeave() {
            Membership soleOwner = member(OWNER);
            assertLastOwner(MembershipPolicy.remove(soleOwner, soleOwner, 1));
        }

        @Test
        void leavingIsDecidedByUserNotByRecordIdentity() {
            Membership member = member(MEMBER);
            Membership sameUserReloaded = new Membership(member.orgId(), member.userId(), MEMBER, JOINED);
            assertAllowed(MembershipPolicy.remove(member, sameUserReloaded, 1));
        }

        @Test
        void anAdminCannotRemoveAnOwner() {
            assertForbidden(MembershipPolicy.remove(member(ADMIN), member(OWNER), 2));
        }

        @Test
        void anOwnerCanRemoveAnotherOwnerWhenThereAreTwo() {
            assertAllowed(MembershipPolicy.remove(member(OWNER), member(OWNER), 2));
        }
    }

    @Nested
    class Grant {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"VIEWER", "MEMBER", "ADMIN"})
        void anAdminCanGrantAdminMemberOrViewer(Role granted) {
            assertAllowed(MembershipPolicy.grant(ADMIN, granted, Action.MANAGE_MEMBERS));
        }

        @Test
        void anAdminCannotGrantOwner() {
            assertForbidden(MembershipPolicy.grant(ADMIN, OWNER, Action.MANAGE_MEMBERS));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void aMemberCannotGrantAtAll(Role granted) {
            PolicyDecision decision = MembershipPolicy.grant(MEMBER, granted, Action.MANAGE_MEMBERS);
            PolicyDecision.Forbidden forbidden = assertInstanceOf(PolicyDecision.Forbidden.class, decision);
            assertTrue(forbidden.message().contains("admin"), forbidden.message());
        }

        @Test
        void anOwnerGrantsOwner() {
            assertAllowed(MembershipPolicy.grant(OWNER, OWNER, Action.MANAGE_MEMBERS));
        }

        @Test
        void grantingNeedsTheActionItIsGrantedThrough() {
            assertForbidden(MembershipPolicy.grant(ADMIN, VIEWER, Action.ROTATE_KEYS));
            assertAllowed(MembershipPolicy.grant(ADMIN, VIEWER, Action.MANAGE_API_KEYS));
        }
    }

    @Property
    void grantNeverAllowsARoleAboveTheActorsRole(@ForAll Role actor, @ForAll Role granted, @ForAll Action needed) {
        if (MembershipPolicy.grant(actor, granted, needed) instanceof PolicyDecision.Allowed) {
            assertTrue(actor.atLeast(granted), actor + " granted " + granted);
            assertTrue(PermissionMatrix.allows(actor, needed), actor + " lacks " + needed);
        }
    }

    @Property
    void onlyAnOwnerEverTouchesOwnership(@ForAll Role actor, @ForAll Role target, @ForAll Role newRole,
                                         @ForAll @LongRange(min = 1, max = 3) long ownerCount) {
        boolean touchesOwnership = target == OWNER || newRole == OWNER;
        PolicyDecision decision = MembershipPolicy.changeRole(member(actor), member(target), newRole, ownerCount);
        if (touchesOwnership && actor != OWNER) {
            assertForbidden(decision);
        }
    }

    @Property
    void theLastOwnerIsNeverDemotedNorRemoved(@ForAll Role actor, @ForAll Role newRole) {
        Membership soleOwner = member(OWNER);
        Membership other = member(actor);
        if (newRole != OWNER) {
            assertFalse(MembershipPolicy.changeRole(other, soleOwner, newRole, 1) instanceof PolicyDecision.Allowed);
            assertFalse(MembershipPolicy.changeRole(soleOwner, soleOwner, newRole, 1)
                    instanceof PolicyDecision.Allowed);
        }
        assertFalse(MembershipPolicy.remove(other, soleOwner, 1) instanceof PolicyDecision.Allowed);
        assertFalse(MembershipPolicy.remove(soleOwner, soleOwner, 1) instanceof PolicyDecision.Allowed);
    }
}
