package dev.glyphic.domain.webhook;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * GitHub's {@code X-Hub-Signature-256: sha256=<hex>}, HMAC-SHA256 of the body keyed with the secret's text. GitHub
 * signs no timestamp; a replay is caught by its delivery id ({@code X-GitHub-Delivery}) in the receipts instead.
 */
final class GithubSignature {
    static final String SIGNATURE = "x-hub-signature-256";
    static final String DELIVERY = "x-github-delivery";
    private static final String PREFIX = "sha256=";

    private GithubSignature() {
    }

    static SignatureVerdict verify(HeaderLookup headers, byte[] body, List<WebhookSecret> secrets) {
        Optional<String> header = headers.first(SIGNATURE).map(String::trim);
        if (header.isEmpty() || !header.get().startsWith(PREFIX)) {
            return new SignatureVerdict.Malformed("X-Hub-Signature-256", "missing, or not sha256=<hex>");
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.get().substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return new SignatureVerdict.Malformed("X-Hub-Signature-256", "not hexadecimal");
        }
        for (WebhookSecret secret : secrets) {
            if (Hmac.same(Hmac.sha256(secret.textKey(), body), given)) {
                return new SignatureVerdict.Valid();
            }
        }
        return new SignatureVerdict.Mismatch();
    }
}
