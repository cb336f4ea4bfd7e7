package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;

public interface CreateApiKey {

    record Command(DisplayName name, Role role) {
    }

    /** The key and its secret, shown this once; only a digest is kept. */
    record Issued(ApiKey key, String secret) {
    }

    Issued create(Caller caller, OrgId orgId, Command command);
}
