package dev.glyphic.integrations.unconfigured;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.glyphic.application.port.out.execution.IntegrationActions;
import dev.glyphic.application.port.out.execution.IntegrationActions.ActionRequest;
import dev.glyphic.application.port.out.execution.IntegrationActions.ActionResult;
import dev.glyphic.application.port.out.execution.IntegrationActions.Failed;
import dev.glyphic.application.port.out.execution.IntegrationActions.NotConfigured;
import dev.glyphic.application.port.out.execution.IntegrationActions.Performed;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.IdempotencyKey;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IntegrationActions} must do: answer every request, for a provider it serves or not, with an
 * outcome value that explains itself, never an exception. Only {@link UnconfiguredIntegrationActions} exists yet
 * ({@code UnconfiguredIntegrationActionsTest}); a provider adapter adds its own tests of performing and of passing
 * the idempotency key on.
 */
abstract class IntegrationActionsContract {

    protected abstract IntegrationActions adapter();

    static ActionRequest request(String provider, String action) {
        return new ActionRequest(OrgId.random(), WorkspaceId.random(), provider, action, "main-account", Json.NULL,
                IdempotencyKey.of(ExecutionId.random(), "post", 0));
    }

    @Test
    void everyActionIsAnsweredWithAnOutcomeThatExplainsItselfNeverAnException() {
        for (ActionRequest request : new ActionRequest[] {request("youtube", "upload_video"),
            request("slack", "send_message"), request("no-such-provider", "anything")}) {
            ActionResult outcome = adapter().perform(request);

            assertNotNull(outcome, request.provider());
            switch (outcome) {
                case Performed performed -> assertNotNull(performed.result());
                case NotConfigured notConfigured -> assertFalse(notConfigured.why().isBlank(), request.provider());
                case Failed failed -> assertFalse(failed.error().isBlank(), request.provider());
            }
        }
    }
}
