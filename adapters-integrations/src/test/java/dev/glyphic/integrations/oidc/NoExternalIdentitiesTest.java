package dev.glyphic.integrations.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.out.auth.ExternalIdentities;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ExternalIdentities contract with no issuer configured. */
class NoExternalIdentitiesTest extends ExternalIdentitiesContract {

    @Override
    protected ExternalIdentities adapter() {
        return new NoExternalIdentities();
    }

    @Test
    void withoutAConfiguredIssuerNoTokenIsAccepted() {
        assertEquals(Optional.empty(), adapter().verify(rs256(claims().build())));
    }
}
