package dev.glyphic.domain.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an API key may never do, whatever role it was given. A key automates work inside an organization; deciding
 * who belongs to it, with which role, and which other credentials exist is for people. Were it otherwise, one leaked
 * key could let in an attacker's account, lock out its own creator, or revoke the keys that would replace it.
 */
public final class ApiKeyLimits {
    private static final Set<Action> PEOPLE_ONLY = EnumSet.of(Action.MANAGE_MEMBERS, Action.MANAGE_OWNERS,
            Action.MANAGE_API_KEYS, Action.DELETE_ORG, Action.ROTATE_KEYS, Action.EXPORT_OR_ERASE_DATA);

    private ApiKeyLimits() {
    }

    /** Whether a key may do this at all; its role, capped by its creator's, decides the rest. */
    public static boolean allows(Action action) {
        return !PEOPLE_ONLY.contains(action);
    }
}
