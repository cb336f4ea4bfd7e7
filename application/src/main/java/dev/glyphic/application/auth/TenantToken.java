package dev.glyphic.application.auth;

import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.domain.org.OrgId;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A bearer secret that names its organization: {@code <prefix>_<org>_<secret>}. Knowing the org up front lets the
 * lookup run inside that tenant's row-level security, with no cross-tenant index to search. The org part is not
 * secret; the 256-bit random part is, and only its digest is stored.
 *
 * <p>Both parts are base64url, whose alphabet includes {@code _}, so a token is read by position (the org part is
 * always {@value #ORG_CHARS} characters), never by splitting on the separator.
 */
public final class TenantToken {
    private static final int SECRET_BYTES = 32;
    private static final int ORG_CHARS = 22;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private TenantToken() {
    }

    public static String mint(String prefix, OrgId orgId, SecretTokens secrets) {
        UUID id = orgId.value();
        byte[] org = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
        return prefix + "_" + ENCODER.encodeToString(org) + "_" + secrets.random(SECRET_BYTES);
    }

    public static boolean hasPrefix(String prefix, String token) {
        return token.startsWith(prefix + "_");
    }

    public static Optional<OrgId> orgOf(String prefix, String token) {
        int orgStart = prefix.length() + 1;
        int secretStart = orgStart + ORG_CHARS + 1;
        if (!hasPrefix(prefix, token) || token.length() <= secretStart || token.charAt(secretStart - 1) != '_') {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.substring(orgStart,
                    orgStart + ORG_CHARS)));
            return Optional.of(new OrgId(new UUID(bytes.getLong(), bytes.getLong())));
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            return Optional.empty();
        }
    }

    /** A short, non-secret prefix of a token to recognise it by in lists. */
    public static String hint(String token) {
        int secretStart = token.indexOf('_') + 1 + ORG_CHARS + 1;
        return token.substring(0, Math.min(token.length(), secretStart + 4)) + "…";
    }
}
