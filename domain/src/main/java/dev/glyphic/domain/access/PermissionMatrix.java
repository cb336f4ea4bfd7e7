package dev.glyphic.domain.access;

import static dev.glyphic.domain.org.Role.ADMIN;
import static dev.glyphic.domain.org.Role.MEMBER;
import static dev.glyphic.domain.org.Role.OWNER;
import static dev.glyphic.domain.org.Role.VIEWER;

import dev.glyphic.domain.org.Role;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one place that says which role may do what. Roles are ordered, so each action needs only its weakest
 * sufficient role; every use case asks here and nowhere else.
 */
public final class PermissionMatrix {
    private static final Map<Action, Role> WEAKEST_ROLE = new EnumMap<>(Map.ofEntries(
            Map.entry(Action.READ, VIEWER),
            Map.entry(Action.EDIT_CONTENT, MEMBER),
            Map.entry(Action.APPROVE, MEMBER),
            Map.entry(Action.PUBLISH_TEMPLATES, ADMIN),
            Map.entry(Action.DELETE_CONTENT, ADMIN),
            Map.entry(Action.MANAGE_AUTOMATION, ADMIN),
            Map.entry(Action.MANAGE_WORKSPACES, ADMIN),
            Map.entry(Action.MANAGE_ORG_SETTINGS, ADMIN),
            Map.entry(Action.MANAGE_API_KEYS, ADMIN),
            Map.entry(Action.READ_AUDIT_LOG, ADMIN),
            Map.entry(Action.MANAGE_MEMBERS, ADMIN),
            Map.entry(Action.MANAGE_OWNERS, OWNER),
            Map.entry(Action.DELETE_ORG, OWNER),
            Map.entry(Action.ROTATE_KEYS, OWNER),
            Map.entry(Action.EXPORT_OR_ERASE_DATA, OWNER)));

    static {
        if (WEAKEST_ROLE.size() != Action.values().length) {
            throw new ExceptionInInitializerError("every action needs a row in the permission matrix");
        }
    }

    private PermissionMatrix() {
    }

    public static boolean allows(Role role, Action action) {
        return role.atLeast(WEAKEST_ROLE.get(action));
    }

    public static Role weakestRoleFor(Action action) {
        return WEAKEST_ROLE.get(action);
    }
}
