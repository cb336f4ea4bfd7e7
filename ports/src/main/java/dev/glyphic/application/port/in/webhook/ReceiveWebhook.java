package dev.glyphic.application.port.in.webhook;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.webhook.HeaderLookup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A call to a webhook's public URL: found, limited, verified, and turned into a run at most once per message. */
public interface ReceiveWebhook {

    /**
     * @param headers every header as received, names in any case, for the run's trigger data
     * @param body    the raw bytes, exactly as received: signatures are over them
     */
    record Call(String path, String method, Map<String, List<String>> headers, HeaderLookup lookup,
                Map<String, List<String>> query, byte[] body) {
        public Call {
            Objects.requireNonNull(path);
            Objects.requireNonNull(method);
            headers = Map.copyOf(headers);
            Objects.requireNonNull(lookup);
            query = Map.copyOf(query);
            Objects.requireNonNull(body);
        }
    }

    sealed interface Answer {
        /** The run exists (committed); {@code repeated} when an earlier call with the same message id started it. */
        record Started(ExecutionId executionId, boolean repeated) implements Answer {
        }

        /** {@code respond: when_finished} and the run ended within the wait: its status and output. */
        record Finished(ExecutionId executionId, String status, Json output) implements Answer {
        }

        /** No such webhook, or one that takes no calls now; the same answer either way, so paths cannot be probed. */
        record NotFound() implements Answer {
        }

        record MethodNotAllowed(String allowed) implements Answer {
        }

        record TooLarge(long maxBytes) implements Answer {
        }

        record RateLimited(Duration retryAfter) implements Answer {
        }

        /** The signature did not prove the secret; {@code reason} says what was wrong. */
        record Unauthorized(String reason) implements Answer {
        }

        /** A message id seen before, with another body. */
        record Conflict(String reason) implements Answer {
        }

        /** The body says it is JSON but is not JSON Glyphic can store. */
        record Unreadable(String reason) implements Answer {
        }
    }

    Answer receive(Call call);
}
