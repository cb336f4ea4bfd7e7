package dev.glyphic.domain.identity;

import dev.glyphic.domain.shared.Violation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, kept lower-case: two sign-ups that differ only in case are the same person. The check is
 * deliberately loose (one {@code @}, a dotted domain, no spaces); only a delivered message proves an address.
 */
public record Email(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final int MAX_LENGTH = 254;

    public Email {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw Violation.invalid("invalid_email", "must be an email address such as ada@example.com");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static Email of(String raw) {
        return new Email(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
