package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.IdempotencyKey;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Objects;

/**
 * Performs an action of a connected third-party service ({@code integration.action}): post a video, send a message.
 * The action has effects outside Glyphic, so an adapter must pass {@link ActionRequest#idempotencyKey()} on (or
 * deduplicate itself): the engine may ask twice for the same step. Every outcome is a value.
 */
public interface IntegrationActions {

    /**
     * @param connection the integration (connected account) whose credentials are used, by name; never a secret
     * @param parameters the action's parameters, {@link Json#NULL} when none
     */
    record ActionRequest(OrgId orgId, WorkspaceId workspaceId, String provider, String action, String connection,
                         Json parameters, IdempotencyKey idempotencyKey) {
        public ActionRequest {
            Objects.requireNonNull(orgId, "orgId");
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }

    sealed interface ActionResult {
    }

    /** Done; {@code result} is what the provider answered, e.g. the id of the post. */
    record Performed(Json result) implements ActionResult {
        public Performed {
            Objects.requireNonNull(result, "result");
        }
    }

    /** No adapter serves this provider or action here; {@code why} is a sentence for the workflow's author. */
    record NotConfigured(String why) implements ActionResult {
        public NotConfigured {
            Objects.requireNonNull(why, "why");
        }
    }

    /** The provider was asked and the action did not happen; {@code retryable} when asking again could help. */
    record Failed(String error, boolean retryable) implements ActionResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    ActionResult perform(ActionRequest request);
}
