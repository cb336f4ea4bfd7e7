package dev.glyphic.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Standard Webhooks v1 (standardwebhooks.com): HMAC-SHA256 over {@code id.timestamp.body} on the raw body bytes,
 * sent as {@code webhook-signature: v1,<base64>}, several space-separated while a secret is being rotated.
 */
public final class StandardWebhookSignature {
    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    private static final String VERSION = "v1,";

    private StandardWebhookSignature() {
    }

    /** {@code v1,<base64>} of one secret; the secret must be a Standard Webhooks one ({@code whsec_<base64>}). */
    public static String sign(WebhookSecret secret, String messageId, long timestampSeconds, byte[] body) {
        byte[] key = secret.standardKey().orElseThrow(() -> new IllegalArgumentException(
                "not a Standard Webhooks secret (whsec_ followed by the base64 of at least 24 bytes)"));
        return VERSION + Base64.getEncoder().encodeToString(mac(key, messageId, timestampSeconds, body));
    }

    /** The three headers of an outgoing message, signed with every secret given (the new one first). */
    public static Map<String, String> headers(List<WebhookSecret> secrets, String messageId, Instant at,
                                              byte[] body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a message is signed with at least one secret");
        }
        long timestamp = at.getEpochSecond();
        List<String> signatures = new ArrayList<>();
        for (WebhookSecret secret : secrets) {
            signatures.add(sign(secret, messageId, timestamp, body));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, messageId);
        headers.put(TIMESTAMP, Long.toString(timestamp));
        headers.put(SIGNATURE, String.join(" ", signatures));
        return headers;
    }

    static SignatureVerdict verify(HeaderLookup headers, byte[] body, List<WebhookSecret> secrets, Instant now,
                                   Duration tolerance) {
        Optional<String> id = headers.first(ID).filter(value -> !value.isBlank());
        if (id.isEmpty()) {
            return new SignatureVerdict.Malformed(ID, "missing");
        }
        Optional<Long> timestamp = headers.first(TIMESTAMP).flatMap(SignatureTimes::seconds);
        if (timestamp.isEmpty()) {
            return new SignatureVerdict.Malformed(TIMESTAMP, "missing, or not whole seconds since the epoch");
        }
        Optional<String> signatures = headers.first(SIGNATURE).filter(value -> !value.isBlank());
        if (signatures.isEmpty()) {
            return new SignatureVerdict.Malformed(SIGNATURE, "missing");
        }
        Instant signedAt = Instant.ofEpochSecond(timestamp.get());
        if (!SignatureTimes.within(signedAt, now, tolerance)) {
            return new SignatureVerdict.Skewed(signedAt);
        }
        List<byte[]> given = new ArrayList<>();
        for (String token : signatures.get().trim().split(" +")) {
            if (token.startsWith(VERSION)) {
                try {
                    given.add(Base64.getDecoder().decode(token.substring(VERSION.length())));
                } catch (IllegalArgumentException e) {
                    // an unreadable signature matches nothing; another in the list may still
                }
            }
        }
        for (WebhookSecret secret : secrets) {
            Optional<byte[]> key = secret.standardKey();
            if (key.isEmpty()) {
                continue;
            }
            byte[] expected = mac(key.get(), id.get(), timestamp.get(), body);
            for (byte[] signature : given) {
                if (Hmac.same(expected, signature)) {
                    return new SignatureVerdict.Valid();
                }
            }
        }
        return new SignatureVerdict.Mismatch();
    }

    private static byte[] mac(byte[] key, String messageId, long timestamp, byte[] body) {
        return Hmac.sha256(key, (messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
    }
}
