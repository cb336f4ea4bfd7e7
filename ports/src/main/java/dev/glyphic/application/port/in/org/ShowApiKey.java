package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;

/** One API key of an organization (never its secret), to those who may list its keys. */
public interface ShowApiKey {

    /** @throws dev.glyphic.domain.shared.DomainException.NotFound if the organization has no such key */
    ApiKey show(Caller caller, OrgId orgId, ApiKeyId apiKeyId);
}
