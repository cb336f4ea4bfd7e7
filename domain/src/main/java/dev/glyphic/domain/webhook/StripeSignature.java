package dev.glyphic.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Stripe's {@code Stripe-Signature: t=<seconds>,v1=<hex>[,v1=<hex>…]}: HMAC-SHA256 of {@code t.body} keyed with the
 * secret's text; the timestamp is held to the same tolerance as Standard Webhooks'.
 */
final class StripeSignature {
    static final String SIGNATURE = "stripe-signature";

    private StripeSignature() {
    }

    static SignatureVerdict verify(HeaderLookup headers, byte[] body, List<WebhookSecret> secrets, Instant now,
                                   Duration tolerance) {
        Optional<String> header = headers.first(SIGNATURE);
        if (header.isEmpty()) {
            return new SignatureVerdict.Malformed("Stripe-Signature", "missing");
        }
        Optional<Long> timestamp = Optional.empty();
        List<byte[]> given = new ArrayList<>();
        for (String part : header.get().split(",")) {
            String item = part.trim();
            if (item.startsWith("t=")) {
                timestamp = SignatureTimes.seconds(item.substring(2));
            } else if (item.startsWith("v1=")) {
                try {
                    given.add(HexFormat.of().parseHex(item.substring(3)));
                } catch (IllegalArgumentException e) {
                    // an unreadable signature matches nothing; another in the list may still
                }
            }
        }
        if (timestamp.isEmpty()) {
            return new SignatureVerdict.Malformed("Stripe-Signature", "no t=<seconds>");
        }
        Instant signedAt = Instant.ofEpochSecond(timestamp.get());
        if (!SignatureTimes.within(signedAt, now, tolerance)) {
            return new SignatureVerdict.Skewed(signedAt);
        }
        byte[] prefix = (timestamp.get() + ".").getBytes(StandardCharsets.UTF_8);
        for (WebhookSecret secret : secrets) {
            byte[] expected = Hmac.sha256(secret.textKey(), prefix, body);
            for (byte[] signature : given) {
                if (Hmac.same(expected, signature)) {
                    return new SignatureVerdict.Valid();
                }
            }
        }
        return new SignatureVerdict.Mismatch();
    }
}
