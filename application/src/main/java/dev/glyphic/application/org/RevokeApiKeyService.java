package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.RevokeApiKey;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.util.Map;

public final class RevokeApiKeyService implements RevokeApiKey {
    private final Transactions transactions;
    private final OrgAccess access;
    private final ApiKeyRepository apiKeys;
    private final Auditor auditor;
    private final Clock clock;

    public RevokeApiKeyService(Transactions transactions, OrgAccess access, ApiKeyRepository apiKeys,
                               Auditor auditor, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.apiKeys = apiKeys;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Revoking twice is not an error: the key is revoked either way, and the first revocation time is kept. */
    @Override
    public void revoke(Caller caller, OrgId orgId, ApiKeyId keyId) {
        transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId);
            // A key may end itself (a leaked key's holder can kill it at once); other keys are managed by people.
            if (!acting.viaKey().map(keyId::equals).orElse(false)) {
                acting.require(Action.MANAGE_API_KEYS);
            }
            ApiKey key = apiKeys.find(orgId, keyId).orElseThrow(() -> new DomainException.NotFound("API key"));
            if (key.active()) {
                apiKeys.revoke(orgId, keyId, clock.instant());
                auditor.record(acting, AuditAction.API_KEY_REVOKED, "api_key", keyId,
                        Map.of("name", key.name().value()));
            }
            return null;
        });
    }
}
