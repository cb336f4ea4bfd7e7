package dev.glyphic.integrations.oidc;

import dev.glyphic.application.port.out.auth.ExternalIdentities;
import java.util.Optional;

/** Used when no OIDC issuer is configured: no external token is ever accepted. */
public final class NoExternalIdentities implements ExternalIdentities {

    public NoExternalIdentities() {
    }

    @Override
    public Optional<ExternalIdentity> verify(String token) {
        return Optional.empty();
    }
}
