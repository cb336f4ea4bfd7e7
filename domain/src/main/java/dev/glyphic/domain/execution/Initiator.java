package dev.glyphic.domain.execution;

import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKeyId;
import java.util.Objects;

/**
 * Who or what started an execution. A schedule, a webhook or an event has no person behind it; attributing such a
 * run to a user (the workflow's author, say) would put a name on something they did not do, so it is
 * {@link System}, and the execution's {@link TriggerType} says which kind of automation.
 */
public sealed interface Initiator {

    record User(UserId userId) implements Initiator {
        public User {
            Objects.requireNonNull(userId);
        }
    }

    /** An API key; the key, not its creator, is recorded, because the key is what acted. */
    record ApiKey(ApiKeyId apiKeyId) implements Initiator {
        public ApiKey {
            Objects.requireNonNull(apiKeyId);
        }
    }

    /** The engine itself, on a schedule, a webhook, an event or a campaign. */
    record System() implements Initiator {
    }

    Initiator SYSTEM = new System();

    static Initiator user(UserId userId) {
        return new User(userId);
    }

    static Initiator apiKey(ApiKeyId apiKeyId) {
        return new ApiKey(apiKeyId);
    }
}
