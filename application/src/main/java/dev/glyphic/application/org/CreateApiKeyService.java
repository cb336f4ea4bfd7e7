package dev.glyphic.application.org;

import dev.glyphic.application.auth.AuthenticateService;
import dev.glyphic.application.auth.TenantToken;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.CreateApiKey;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.access.MembershipPolicy;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

public final class CreateApiKeyService implements CreateApiKey {
    private final Transactions transactions;
    private final OrgAccess access;
    private final ApiKeyRepository apiKeys;
    private final SecretTokens secrets;
    private final Auditor auditor;
    private final Clock clock;

    public CreateApiKeyService(Transactions transactions, OrgAccess access, ApiKeyRepository apiKeys,
                               SecretTokens secrets, Auditor auditor, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.apiKeys = apiKeys;
        this.secrets = secrets;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Issued create(Caller caller, OrgId orgId, Command command) {
        if (caller instanceof Caller.Machine) {
            // Keys minting keys would outlive the revocation of the first one.
            throw new DomainException.Forbidden("API keys cannot create API keys");
        }
        return transactions.inTenant(orgId, () -> {
            Acting acting = access.enter(caller, orgId);
            Acting.enforce(MembershipPolicy.grant(acting.role(), command.role(), Action.MANAGE_API_KEYS));
            String secret = TenantToken.mint(AuthenticateService.API_KEY_PREFIX, orgId, secrets);
            ApiKey key = new ApiKey(ApiKeyId.random(), orgId, command.name(), command.role(), acting.as().userId(),
                    TenantToken.hint(secret), clock.instant(), Optional.empty(), Optional.empty());
            apiKeys.insert(key, secrets.digest(secret));
            auditor.record(acting, AuditAction.API_KEY_CREATED, "api_key", key.id(),
                    Map.of("name", key.name().value(), "role", key.role().wireName()));
            return new Issued(key, secret);
        });
    }
}
