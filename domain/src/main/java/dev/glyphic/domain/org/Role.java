package dev.glyphic.domain.org;

import dev.glyphic.domain.shared.Violation;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A member's role in an organization, strongest first: {@code owner > admin > member > viewer}. */
public enum Role {
    OWNER(4), ADMIN(3), MEMBER(2), VIEWER(1);

    private final int rank;

    Role(int rank) {
        this.rank = rank;
    }

    public boolean atLeast(Role other) {
        return rank >= other.rank;
    }

    /** The weaker of two roles: what an API key may do is capped by its creator's current role. */
    public Role capTo(Role other) {
        return atLeast(other) ? other : this;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String raw) {
        return Arrays.stream(values())
                .filter(r -> r.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> Violation.invalid("invalid_role", "must be one of " + Arrays.stream(values())
                        .map(Role::wireName).collect(Collectors.joining(", "))));
    }
}
