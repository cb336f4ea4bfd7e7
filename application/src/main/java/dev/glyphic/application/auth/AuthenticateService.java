package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.auth.Authenticate;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.RequestOrigin;
import dev.glyphic.application.port.out.auth.AccessTokens;
import dev.glyphic.application.port.out.auth.ExternalIdentities.ExternalIdentity;
import dev.glyphic.application.port.out.auth.ExternalIdentities;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKey;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

public final class AuthenticateService implements Authenticate {
    private static final Logger LOG = Logger.getLogger(AuthenticateService.class.getName());
    public static final String API_KEY_PREFIX = "gk";

    private final Transactions transactions;
    private final AccessTokens accessTokens;
    private final ExternalIdentities externalIdentities;
    private final UserRepository users;
    private final ApiKeyRepository apiKeys;
    private final SecretTokens secrets;
    private final Clock clock;

    public AuthenticateService(Transactions transactions, AccessTokens accessTokens,
                               ExternalIdentities externalIdentities, UserRepository users, ApiKeyRepository apiKeys,
                               SecretTokens secrets, Clock clock) {
        this.transactions = transactions;
        this.accessTokens = accessTokens;
        this.externalIdentities = externalIdentities;
        this.users = users;
        this.apiKeys = apiKeys;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String bearer, RequestOrigin origin) {
        if (TenantToken.hasPrefix(API_KEY_PREFIX, bearer)) {
            return apiKey(bearer, origin);
        }
        Optional<AccessTokens.Claims> claims = accessTokens.verify(bearer);
        if (claims.isPresent()) {
            AccessTokens.Claims c = claims.get();
            return transactions.global(() -> users.findWithLiveSession(c.userId(), c.session()))
                    .map(user -> new Caller.Person(user.id(), Optional.of(c.session()), origin,
                            Optional.of(c.expiresAt())));
        }
        return externalIdentities.verify(bearer)
                .flatMap(identity -> transactions.global(() -> userFor(identity)))
                .map(userId -> new Caller.Person(userId, Optional.empty(), origin));
    }

    private Optional<Caller> apiKey(String bearer, RequestOrigin origin) {
        return TenantToken.orgOf(API_KEY_PREFIX, bearer).flatMap(orgId -> transactions.inTenant(orgId, () -> {
            Optional<ApiKey> key = apiKeys.findByDigest(orgId, secrets.digest(bearer)).filter(ApiKey::active);
            key.ifPresent(k -> apiKeys.touch(orgId, k.id(), clock.instant()));
            return key.map(k -> new Caller.Machine(k.id(), orgId, origin));
        }));
    }

    /**
     * Maps an external identity to a user: by the subject linked before, else by the provider's verified email
     * (linking it), else by provisioning a new user. Without a verified email nothing is linked or created: an
     * unverified address would let anyone claim someone else's account. Nor is a subject linked to an account whose
     * own address was never verified here: whoever signed up with it may not own the mailbox, and linking would
     * leave their password working on the real owner's account (pre-account takeover). That person verifies the
     * address (or resets the password) first; until then the token is refused and nothing is stored.
     */
    private Optional<UserId> userFor(ExternalIdentity identity) {
        Optional<UserId> linked = users.findByExternalSubject(identity.issuer(), identity.subject());
        if (linked.isPresent() || identity.verifiedEmail().isEmpty()) {
            return linked;
        }
        var email = identity.verifiedEmail().get();
        User user = users.findByEmail(email).orElseGet(() -> {
            String name = identity.name().filter(n -> !n.isBlank()).orElse(email.value().split("@")[0]);
            User created = User.registerVerified(email, DisplayName.of(name), clock.instant());
            // Two first requests at once: the loser of the insert finds the winner's row.
            return users.insert(created, Optional.empty()) ? created : users.findByEmail(email).orElseThrow();
        });
        if (!user.emailVerified()) {
            LOG.warning(() -> "an external identity of " + identity.issuer() + " names the address of account "
                    + user.id() + ", which has not verified it: not linked, token refused");
            return Optional.empty();
        }
        users.linkExternalSubject(user.id(), identity.issuer(), identity.subject(), clock.instant());
        return Optional.of(user.id());
    }
}
