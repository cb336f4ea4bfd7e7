package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ShowApiKey;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;

public final class ShowApiKeyService implements ShowApiKey {
    private final Transactions transactions;
    private final OrgAccess access;
    private final ApiKeyRepository apiKeys;

    public ShowApiKeyService(Transactions transactions, OrgAccess access, ApiKeyRepository apiKeys) {
        this.transactions = transactions;
        this.access = access;
        this.apiKeys = apiKeys;
    }

    @Override
    public ApiKey show(Caller caller, OrgId orgId, ApiKeyId apiKeyId) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.MANAGE_API_KEYS);
            return apiKeys.find(orgId, apiKeyId).orElseThrow(() -> new DomainException.NotFound("API key"));
        });
    }
}
