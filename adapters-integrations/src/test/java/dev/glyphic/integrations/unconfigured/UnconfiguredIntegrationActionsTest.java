package dev.glyphic.integrations.unconfigured;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.execution.IntegrationActions;
import dev.glyphic.application.port.out.execution.IntegrationActions.NotConfigured;
import org.junit.jupiter.api.Test;

/** The IntegrationActions contract, run against the adapter used while no provider adapter is installed. */
class UnconfiguredIntegrationActionsTest extends IntegrationActionsContract {

    @Override
    protected IntegrationActions adapter() {
        return new UnconfiguredIntegrationActions();
    }

    /** Never an action reported that did not happen; the sentence names the provider the author asked for. */
    @Test
    void everyActionIsNotConfiguredNamingItsProvider() {
        NotConfigured answer = assertInstanceOf(NotConfigured.class,
                adapter().perform(request("youtube", "upload_video")));

        assertTrue(answer.why().contains("youtube"), answer.why());
        assertFalse(answer.why().toLowerCase().startsWith("not configured"), answer.why());
    }
}
