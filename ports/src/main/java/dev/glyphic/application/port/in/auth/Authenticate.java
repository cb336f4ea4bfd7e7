package dev.glyphic.application.port.in.auth;

import java.util.Optional;

/**
 * Turns a bearer credential into a caller: one of our access tokens, an organization API key, or a token of the
 * configured external OpenID Connect issuer. Empty for anything else.
 */
public interface Authenticate {

    Optional<Caller> authenticate(String bearer, RequestOrigin origin);
}
