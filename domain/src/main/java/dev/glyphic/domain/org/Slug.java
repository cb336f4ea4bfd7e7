package dev.glyphic.domain.org;

import dev.glyphic.domain.shared.Violation;
import java.util.regex.Pattern;

/**
 * A URL-safe handle: lower-case letters, digits and single hyphens, 2 to 63 characters, starting with a letter and
 * not ending with a hyphen (so it also fits a DNS label, should orgs get subdomains).
 */
public record Slug(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,62}$");

    public Slug {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw Violation.invalid("invalid_slug",
                    "must be 2-63 lower-case letters, digits or single hyphens, starting with a letter");
        }
    }

    public static Slug of(String raw) {
        return new Slug(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
