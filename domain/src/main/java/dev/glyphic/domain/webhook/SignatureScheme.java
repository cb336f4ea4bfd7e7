package dev.glyphic.domain.webhook;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a webhook's callers prove they hold its secret; chosen per webhook, Standard Webhooks by default. */
public enum SignatureScheme {
    STANDARD,
    GITHUB,
    STRIPE,
    /** No signature at all: only when the webhook's admin asked for it explicitly. */
    NONE;

    public static SignatureScheme parse(String wire) {
        try {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException.Invalid(Violation.of("scheme", "invalid_scheme",
                    "the signature scheme is one of standard, github, stripe, none"));
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks a request against every usable secret (the current one and, during a rotation's grace period, the one
     * before it).
     */
    public SignatureVerdict verify(HeaderLookup headers, byte[] body, List<WebhookSecret> secrets, Instant now,
                                   Duration tolerance) {
        return switch (this) {
            case STANDARD -> StandardWebhookSignature.verify(headers, body, secrets, now, tolerance);
            case GITHUB -> GithubSignature.verify(headers, body, secrets);
            case STRIPE -> StripeSignature.verify(headers, body, secrets, now, tolerance);
            case NONE -> new SignatureVerdict.Unsigned();
        };
    }

    /**
     * The sender's id of a message, which a retry repeats: a second call with it starts nothing new. Stripe sends
     * none in a header (its event id is in the body) and unsigned callers may send a {@code webhook-id}.
     */
    public Optional<String> messageId(HeaderLookup headers) {
        Optional<String> id = switch (this) {
            case STANDARD, STRIPE, NONE -> headers.first(StandardWebhookSignature.ID);
            case GITHUB -> headers.first(GithubSignature.DELIVERY);
        };
        return id.map(String::trim).filter(value -> !value.isEmpty() && value.length() <= 200);
    }

    /** Headers that carry a signature or a credential: kept from the run's trigger data. */
    public static boolean secretHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals(StandardWebhookSignature.SIGNATURE) || lower.equals(GithubSignature.SIGNATURE)
                || lower.equals("x-hub-signature") || lower.equals(StripeSignature.SIGNATURE)
                || lower.equals("authorization") || lower.equals("cookie") || lower.equals("proxy-authorization");
    }
}
