package dev.glyphic.integrations.unconfigured;

import dev.glyphic.application.port.out.IntegrationActions;

/**
 * Used until integration provider adapters exist: every action is answered as not configured, so a workflow that
 * posts or sends fails saying why, instead of reporting an action that never happened.
 */
public final class UnconfiguredIntegrationActions implements IntegrationActions {

    public UnconfiguredIntegrationActions() {
    }

    @Override
    public ActionResult perform(ActionRequest request) {
        return new NotConfigured("integration actions are not configured: no adapter for " + request.provider()
                + " is installed yet");
    }
}
