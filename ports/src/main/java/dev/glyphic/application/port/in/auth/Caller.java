package dev.glyphic.application.port.in.auth;

import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;

/** Whoever a request authenticated as. What they may do is decided per organization, per request. */
public sealed interface Caller {

    RequestOrigin origin();

    /**
     * A person, signed in with our own session or with an external identity provider's token; {@code expiresAt}
     * is when our access token ends, for what outlives the request (an event stream).
     */
    record Person(UserId userId, Optional<SessionId> session, RequestOrigin origin, Optional<Instant> expiresAt)
            implements Caller {

        public Person(UserId userId, Optional<SessionId> session, RequestOrigin origin) {
            this(userId, session, origin, Optional.empty());
        }
    }

    /** A machine, holding an organization's API key; it exists only inside that organization. */
    record Machine(ApiKeyId keyId, OrgId orgId, RequestOrigin origin) implements Caller {
    }
}
