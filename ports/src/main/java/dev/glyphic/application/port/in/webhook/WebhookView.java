package dev.glyphic.application.port.in.webhook;

import dev.glyphic.domain.webhook.InboundWebhook;
import java.util.Optional;

/**
 * A webhook as its workspace sees it. The secret is never part of it: it is shown once, when it is made or rotated
 * ({@code revealedSecret}).
 */
public record WebhookView(InboundWebhook webhook, Optional<String> revealedSecret) {

    public static WebhookView of(InboundWebhook webhook) {
        return new WebhookView(webhook, Optional.empty());
    }
}
