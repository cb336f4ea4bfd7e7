package dev.glyphic.domain.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public part of a webhook's URL, {@code /hooks/<path>}: 32 random bytes in url-safe base64, so that finding a
 * webhook by guessing is hopeless even before its signature is checked.
 */
public record WebhookPath(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookPath {
        Objects.requireNonNull(value, "path");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a webhook path");
        }
    }

    public static WebhookPath generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new WebhookPath(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** What a caller sent, if it could be a path at all; anything else is simply not found. */
    public static Optional<WebhookPath> read(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new WebhookPath(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
