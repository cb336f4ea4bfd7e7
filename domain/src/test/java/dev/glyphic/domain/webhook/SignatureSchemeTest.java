package dev.glyphic.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.standardwebhooks.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Every signature is computed by an independent implementation: the Standard Webhooks library for the standard
 * scheme, {@code javax.crypto.Mac} for GitHub's and Stripe's.
 */
class SignatureSchemeTest {
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-12-03T06:30:00Z");
    private static final String BODY = "{\"event\":\"order.paid\",\"amount\":42,\"note\":\"caf\u00e9\"}";
    private static final byte[] BODY_BYTES = BODY.getBytes(StandardCharsets.UTF_8);

    private final WebhookSecret secret = WebhookSecret.generate();
    private final WebhookSecret other = WebhookSecret.generate();

    @Test
    void aSignatureOfTheLibraryIsValid() throws Exception {
        var headers = libraryHeaders(secret, "msg_1", NOW.getEpochSecond(), BODY);

        assertInstanceOf(SignatureVerdict.Valid.class, standard(headers, BODY_BYTES, List.of(secret)));
    }

    @Test
    void theLibraryAcceptsWhatGlyphicSigns() throws Exception {
        Map<String, String> signed = StandardWebhookSignature.headers(List.of(secret, other), "msg_out",
                Instant.now(), BODY_BYTES);
        Map<String, List<String>> asLists = new HashMap<>();
        signed.forEach((name, value) -> asLists.put(name, List.of(value)));

        new Webhook(secret.reveal()).verify(BODY, asLists);
        new Webhook(other.reveal()).verify(BODY, asLists);
    }

    @Test
    void aReplayOutsideTheToleranceIsSkewedEvenWhenTheSignatureIsRight() throws Exception {
        long old = NOW.minus(TOLERANCE).minusSeconds(1).getEpochSecond();
        var headers = libraryHeaders(secret, "msg_1", old, BODY);

        var verdict = standard(headers, BODY_BYTES, List.of(secret));

        assertEquals(new SignatureVerdict.Skewed(Instant.ofEpochSecond(old)), verdict);
    }

    @Test
    void aTimestampFromTheFutureBeyondTheToleranceIsSkewed() throws Exception {
        long ahead = NOW.plus(TOLERANCE).plusSeconds(1).getEpochSecond();

        assertInstanceOf(SignatureVerdict.Skewed.class,
                standard(libraryHeaders(secret, "msg_1", ahead, BODY), BODY_BYTES, List.of(secret)));
    }

    @Test
    void theEdgeOfTheToleranceIsStillAccepted() throws Exception {
        long edge = NOW.minus(TOLERANCE).getEpochSecond();

        assertInstanceOf(SignatureVerdict.Valid.class,
                standard(libraryHeaders(secret, "msg_1", edge, BODY), BODY_BYTES, List.of(secret)));
    }

    @Test
    void aWrongSecretMismatches() throws Exception {
        var headers = libraryHeaders(other, "msg_1", NOW.getEpochSecond(), BODY);

        assertInstanceOf(SignatureVerdict.Mismatch.class, standard(headers, BODY_BYTES, List.of(secret)));
    }

    @Test
    void aTamperedBodyMismatches() throws Exception {
        var headers = libraryHeaders(secret, "msg_1", NOW.getEpochSecond(), BODY);
        byte[] tampered = BODY.replace("42", "43").getBytes(StandardCharsets.UTF_8);

        assertInstanceOf(SignatureVerdict.Mismatch.class, standard(headers, tampered, List.of(secret)));
    }

    @Test
    void aChangedMessageIdMismatches() throws Exception {
        var headers = new HashMap<>(libraryHeaders(secret, "msg_1", NOW.getEpochSecond(), BODY));
        headers.put("webhook-id", "msg_2");

        assertInstanceOf(SignatureVerdict.Mismatch.class, standard(headers, BODY_BYTES, List.of(secret)));
    }

    @Test
    void duringARotationTheOldSecretStillVerifies() throws Exception {
        var signedWithOld = libraryHeaders(other, "msg_1", NOW.getEpochSecond(), BODY);

        assertInstanceOf(SignatureVerdict.Valid.class, standard(signedWithOld, BODY_BYTES, List.of(secret, other)));
        assertInstanceOf(SignatureVerdict.Mismatch.class, standard(signedWithOld, BODY_BYTES, List.of(secret)));
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() throws Exception {
        var headers = new HashMap<>(libraryHeaders(secret, "msg_1", NOW.getEpochSecond(), BODY));
        headers.put("webhook-signature", "v1,bm90IGl0 v2,whatever v1,%%% " + headers.get("webhook-signature"));

        assertInstanceOf(SignatureVerdict.Valid.class, standard(headers, BODY_BYTES, List.of(secret)));
    }

    @Test
    void missingOrUnreadableHeadersSayWhich() throws Exception {
        var headers = libraryHeaders(secret, "msg_1", NOW.getEpochSecond(), BODY);
        for (String header : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            var without = new HashMap<>(headers);
            without.remove(header);
            var verdict = standard(without, BODY_BYTES, List.of(secret));
            assertEquals(header, assertInstanceOf(SignatureVerdict.Malformed.class, verdict).header());
        }
        var notSeconds = new HashMap<>(headers);
        notSeconds.put("webhook-timestamp", "2026-12-03T06:30:00Z");
        assertInstanceOf(SignatureVerdict.Malformed.class, standard(notSeconds, BODY_BYTES, List.of(secret)));
    }

    @Test
    void githubSignsTheBodyWithTheSecretsText() throws Exception {
        WebhookSecret typed = WebhookSecret.parse("my-github-secret-1234");
        String expected = "sha256=" + HexFormat.of().formatHex(mac(typed.reveal(), BODY));
        Map<String, String> headers = Map.of("X-Hub-Signature-256", expected, "X-GitHub-Delivery", "d-1");

        assertInstanceOf(SignatureVerdict.Valid.class, SignatureScheme.GITHUB.verify(lookup(headers), BODY_BYTES,
                List.of(typed), NOW, TOLERANCE));
        assertInstanceOf(SignatureVerdict.Mismatch.class, SignatureScheme.GITHUB.verify(lookup(headers),
                "{}".getBytes(StandardCharsets.UTF_8), List.of(typed), NOW, TOLERANCE));
        assertEquals(Optional.of("d-1"), SignatureScheme.GITHUB.messageId(lookup(headers)));
        assertInstanceOf(SignatureVerdict.Malformed.class, SignatureScheme.GITHUB.verify(lookup(Map.of()),
                BODY_BYTES, List.of(typed), NOW, TOLERANCE));
    }

    @Test
    void stripeSignsTheTimestampAndBodyAndHoldsTheTolerance() throws Exception {
        WebhookSecret stripe = WebhookSecret.parse("whsec_stripeIssuedSecretText0123");
        long t = NOW.minusSeconds(30).getEpochSecond();
        String v1 = HexFormat.of().formatHex(mac(stripe.reveal(), t + "." + BODY));
        String header = "t=" + t + ",v1=" + HexFormat.of().formatHex(new byte[32]) + ",v1=" + v1 + ",v0=ignored";

        assertInstanceOf(SignatureVerdict.Valid.class, SignatureScheme.STRIPE.verify(
                lookup(Map.of("Stripe-Signature", header)), BODY_BYTES, List.of(stripe), NOW, TOLERANCE));
        assertInstanceOf(SignatureVerdict.Skewed.class, SignatureScheme.STRIPE.verify(
                lookup(Map.of("Stripe-Signature", header)), BODY_BYTES, List.of(stripe),
                NOW.plus(TOLERANCE).plusSeconds(60), TOLERANCE));
        assertInstanceOf(SignatureVerdict.Mismatch.class, SignatureScheme.STRIPE.verify(
                lookup(Map.of("Stripe-Signature", header)), BODY_BYTES, List.of(WebhookSecret.generate()), NOW,
                TOLERANCE));
    }

    @Test
    void unsignedIsAVerdictOfItsOwn() {
        var verdict = SignatureScheme.NONE.verify(lookup(Map.of()), BODY_BYTES, List.of(secret), NOW, TOLERANCE);

        assertInstanceOf(SignatureVerdict.Unsigned.class, verdict);
        assertEquals(true, verdict.accepted());
    }

    @Test
    void ourHmacEqualsTheJdks() throws Exception {
        byte[] longKey = new byte[100];
        for (int i = 0; i < longKey.length; i++) {
            longKey[i] = (byte) i;
        }
        for (byte[] key : List.of(new byte[0], "k".getBytes(StandardCharsets.UTF_8), longKey)) {
            Mac jdk = Mac.getInstance("HmacSHA256");
            jdk.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            byte[] effective = key.length == 0 ? new byte[1] : key;
            assertEquals(HexFormat.of().formatHex(jdk.doFinal(BODY_BYTES)),
                    HexFormat.of().formatHex(Hmac.sha256(effective, BODY_BYTES)));
        }
    }

    @Test
    void secretsNeverPrintAndRefuseNonsense() {
        assertEquals("WebhookSecret[hidden]", secret.toString());
        assertEquals(secret, WebhookSecret.parse(secret.reveal()));
        assertThrows(IllegalArgumentException.class, () -> WebhookSecret.parse("short"));
        assertThrows(IllegalArgumentException.class, () -> WebhookSecret.parse("has a space in it, long enough"));
        assertEquals(Optional.empty(), WebhookSecret.parse("my-github-secret-1234").standardKey());
        assertThrows(IllegalArgumentException.class,
                () -> StandardWebhookSignature.sign(WebhookSecret.parse("my-github-secret-1234"), "m", 1, BODY_BYTES));
    }

    private static SignatureVerdict standard(Map<String, String> headers, byte[] body, List<WebhookSecret> secrets) {
        return SignatureScheme.STANDARD.verify(lookup(headers), body, secrets, NOW, TOLERANCE);
    }

    private static Map<String, String> libraryHeaders(WebhookSecret secret, String id, long timestamp, String body)
            throws Exception {
        String signature = new Webhook(secret.reveal()).sign(id, timestamp, body);
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp), "webhook-signature",
                signature);
    }

    private static HeaderLookup lookup(Map<String, String> headers) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        return name -> Optional.ofNullable(lower.get(name.toLowerCase(Locale.ROOT)));
    }

    private static byte[] mac(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
