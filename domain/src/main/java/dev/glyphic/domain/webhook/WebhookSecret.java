package dev.glyphic.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A signing secret. Glyphic generates them in the Standard Webhooks form, {@code whsec_} followed by the base64 of 32
 * random bytes; an admin may instead set the secret a provider generated (GitHub lets its users type one, Stripe
 * issues {@code whsec_…} strings of its own), which those providers use as text. Its text never appears in
 * {@link #toString()}, so a log line or an exception cannot carry it by accident.
 */
public final class WebhookSecret {
    private static final String PREFIX = "whsec_";
    private static final int GENERATED_BYTES = 32;
    private static final int MIN_STANDARD_BYTES = 24;
    private static final int MIN_LENGTH = 16;
    private static final int MAX_LENGTH = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;

    private WebhookSecret(String text) {
        this.text = text;
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** A secret as stored or as an admin set it: 16 to 256 visible ASCII characters. */
    public static WebhookSecret parse(String text) {
        Objects.requireNonNull(text, "secret");
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a webhook secret has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters");
        }
        if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("a webhook secret is visible ASCII without spaces");
        }
        return new WebhookSecret(text);
    }

    /** The secret's text, to store it or show it once to the admin who created or rotated it. */
    public String reveal() {
        return text;
    }

    /**
     * The key of the Standard Webhooks scheme: the bytes the base64 after {@code whsec_} encodes (the prefix may be
     * left out, as the specification's libraries allow); empty when the text is not such a secret.
     */
    public Optional<byte[]> standardKey() {
        String encoded = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        try {
            byte[] key = Base64.getDecoder().decode(encoded);
            return key.length >= MIN_STANDARD_BYTES ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The key of schemes that sign with the secret's text (GitHub, Stripe). */
    byte[] textKey() {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && Hmac.same(textKey(), that.textKey());
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
