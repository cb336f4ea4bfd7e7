package dev.glyphic.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.org.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermissionMatrixTest {

    /** The design table, written out in full: a change to who may do what must show up here as a diff. */
    private static final String DESIGN_TABLE = """
            action,               viewer, member, admin, owner
            READ,                 true,   true,   true,  true
            EDIT_CONTENT,         false,  true,   true,  true
            APPROVE,              false,  true,   true,  true
            PUBLISH_TEMPLATES,    false,  false,  true,  true
            DELETE_CONTENT,       false,  false,  true,  true
            MANAGE_AUTOMATION,    false,  false,  true,  true
            MANAGE_WORKSPACES,    false,  false,  true,  true
            MANAGE_ORG_SETTINGS,  false,  false,  true,  true
            MANAGE_API_KEYS,      false,  false,  true,  true
            READ_AUDIT_LOG,       false,  false,  true,  true
            MANAGE_MEMBERS,       false,  false,  true,  true
            MANAGE_OWNERS,        false,  false,  false, true
            DELETE_ORG,           false,  false,  false, true
            ROTATE_KEYS,          false,  false,  false, true
            EXPORT_OR_ERASE_DATA, false,  false,  false, true
            """;

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = DESIGN_TABLE)
    void eachRoleMayDoExactlyWhatTheDesignTableSays(Action action, boolean viewer, boolean member, boolean admin,
                                                    boolean owner) {
        assertEquals(viewer, PermissionMatrix.allows(Role.VIEWER, action), "viewer");
        assertEquals(member, PermissionMatrix.allows(Role.MEMBER, action), "member");
        assertEquals(admin, PermissionMatrix.allows(Role.ADMIN, action), "admin");
        assertEquals(owner, PermissionMatrix.allows(Role.OWNER, action), "owner");
    }

    @Test
    void everyActionHasARowInTheMatrixAndInTheDesignTable() {
        for (Action action : Action.values()) {
            assertNotNull(PermissionMatrix.weakestRoleFor(action), action.name());
        }
        List<Action> rows = DESIGN_TABLE.lines()
                .skip(1) // the header
                .filter(line -> !line.isBlank())
                .map(line -> Action.valueOf(line.split(",")[0].strip()))
                .toList();
        assertEquals(EnumSet.allOf(Action.class), EnumSet.copyOf(rows), "the design table must list every action");
        assertEquals(Action.values().length, rows.size(), "no action may be listed twice");
    }

    @Test
    void theWeakestRoleForAnActionIsItselfAllowedAndNothingWeakerIs() {
        for (Action action : Action.values()) {
            Role weakest = PermissionMatrix.weakestRoleFor(action);
            assertTrue(PermissionMatrix.allows(weakest, action), action.name());
            Arrays.stream(Role.values())
                    .filter(role -> !role.atLeast(weakest))
                    .forEach(weaker -> assertFalse(PermissionMatrix.allows(weaker, action),
                            weaker + " on " + action));
        }
    }

    @Property
    void whatARoleMayDoEveryStrongerRoleMayDoToo(@ForAll Role role, @ForAll Role stronger, @ForAll Action action) {
        if (stronger.atLeast(role) && PermissionMatrix.allows(role, action)) {
            assertTrue(PermissionMatrix.allows(stronger, action), stronger + " is stronger than " + role);
        }
    }
}
