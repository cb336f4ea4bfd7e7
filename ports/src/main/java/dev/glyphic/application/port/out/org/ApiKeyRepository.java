package dev.glyphic.application.port.out.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiKeyRepository {

    void insert(ApiKey key, TokenDigest digest);

    Optional<ApiKey> findByDigest(OrgId orgId, TokenDigest digest);

    Optional<ApiKey> find(OrgId orgId, ApiKeyId id);

    List<ApiKey> list(OrgId orgId, PageRequest page);

    void revoke(OrgId orgId, ApiKeyId id, Instant at);

    /** Records use, at most once a minute per key: a write on every request would be the cost of reading. */
    void touch(OrgId orgId, ApiKeyId id, Instant at);
}
