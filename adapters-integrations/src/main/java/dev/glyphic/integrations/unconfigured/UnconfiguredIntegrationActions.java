package dev.glyphic.integrations.unconfigured;

import dev.glyphic.application.port.out.execution.IntegrationActions;

/**
 * Used until integration provider adapters exist: every action is answered as not configured, so a workflow that
 * posts or sends fails saying why, instead of reporting an action that never happened.
 */
public final class UnconfiguredIntegrationActions implements IntegrationActions {

    public UnconfiguredIntegrationActions() {
    }

    @Override
    public ActionResult perform(ActionRequest request) {
        // The runner prefixes "not configured: ", so the sentence does not say it again.
        return new NotConfigured("integration actions have no adapter for " + request.provider() + " installed yet");
    }
}
