package dev.glyphic.application.port.out.auth;

import dev.glyphic.domain.identity.Email;
import java.util.Optional;

/** Tokens of an external OpenID Connect issuer, when one is configured. */
public interface ExternalIdentities {

    record ExternalIdentity(String issuer, String subject, Optional<Email> verifiedEmail, Optional<String> name) {
    }

    /** The identity in a token the configured issuer signed for us; empty when none is configured or it fails. */
    Optional<ExternalIdentity> verify(String token);
}
