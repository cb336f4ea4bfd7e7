package dev.glyphic.application.org;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ListApiKeys;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.OrgId;

public final class ListApiKeysService implements ListApiKeys {
    private final Transactions transactions;
    private final OrgAccess access;
    private final ApiKeyRepository apiKeys;

    public ListApiKeysService(Transactions transactions, OrgAccess access, ApiKeyRepository apiKeys) {
        this.transactions = transactions;
        this.access = access;
        this.apiKeys = apiKeys;
    }

    @Override
    public Page<ApiKey> list(Caller caller, OrgId orgId, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.MANAGE_API_KEYS);
            return Page.of(apiKeys.list(orgId, page), page, k -> Cursors.encode(k.id().value()));
        });
    }
}
