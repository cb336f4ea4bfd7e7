package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;

public interface RevokeApiKey {

    void revoke(Caller caller, OrgId orgId, ApiKeyId keyId);
}
