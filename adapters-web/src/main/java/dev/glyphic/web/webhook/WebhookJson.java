package dev.glyphic.web.webhook;

import dev.glyphic.application.port.in.webhook.WebhookView;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.WebhookReceipt;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;

public final class WebhookJson {
    private WebhookJson() {
    }

    /**
     * {@code secret} is present once, in the answer to a rotation (or to a scheme change that generated one); the
     * server keeps it for verification but never shows it again.
     */
    public record Response(@Uuid String id, @Uuid String workflowId, @Schema(maxLength = 100) String nodeId,
                           @Schema(maxLength = 100, description = "the public URL's path, e.g. /hooks/abc…")
                           String url,
                           @Schema(allowableValues = {"GET", "POST", "PUT", "PATCH", "DELETE"}) String method,
                           @Schema(allowableValues = {"immediately", "when_finished"}) String respond,
                           @Schema(allowableValues = {"standard", "github", "stripe", "none"}) String scheme,
                           @Schema(description = "the admin's switch") boolean enabled,
                           @Schema(description = "the workflow is active and still has the trigger node")
                           boolean listening,
                           @Timestamp Instant previousSecretValidUntil, @Timestamp Instant lastTriggeredAt,
                           @Schema(minimum = "0", maximum = "9223372036854775807") long triggerCount, @Timestamp Instant createdAt,
                           @Timestamp Instant updatedAt, @Schema(maxLength = 300) String secret) {

        public static Response of(WebhookView view) {
            InboundWebhook w = view.webhook();
            return new Response(w.id().toString(), w.workflowId().toString(), w.nodeId(), "/hooks/" + w.path(),
                    w.method(), w.respond().name().toLowerCase(Locale.ROOT), w.scheme().wireName(), w.enabled(),
                    w.listening(), w.previousSecret().map(InboundWebhook.PreviousSecret::until).orElse(null),
                    w.lastTriggeredAt().orElse(null), w.triggerCount(), w.createdAt(), w.updatedAt(),
                    view.revealedSecret().orElse(null));
        }

        @Override
        public String toString() {
            return "WebhookJson.Response[id=" + id + "]";
        }
    }

    /** Absent fields stay as they are. */
    public record UpdateRequest(Boolean enabled,
                                @Schema(allowableValues = {"standard", "github", "stripe", "none"}) String scheme,
                                @Schema(maxLength = 256, description = "the secret a GitHub or Stripe sender signs "
                                        + "with; write-only") String secret) {
        @Override
        public String toString() {
            return "WebhookJson.UpdateRequest[enabled=" + enabled + ", scheme=" + scheme + "]";
        }
    }

    public record Receipt(@Uuid String id, @Timestamp Instant receivedAt, @Schema(maxLength = 200) String messageId,
                          @Schema(minimum = "100", maximum = "599") int status,
                          @Schema(allowableValues = {"started", "repeated", "refused"}) String outcome,
                          @Schema(maxLength = 1000) String reason, @Uuid String executionId) {
        public static Receipt of(WebhookReceipt r) {
            return new Receipt(r.id().toString(), r.receivedAt(), r.messageId().orElse(null), r.status(),
                    r.outcome().wireName(), r.reason(), r.executionId().map(ExecutionId::toString).orElse(null));
        }
    }

    /** What a call to a webhook answers when it started (202) or found (200) a run. */
    public record Accepted(@Uuid String executionId, boolean repeated) {
    }

    /** A {@code respond: when_finished} call whose run ended within the wait. */
    public record Finished(@Uuid String executionId, @Schema(maxLength = 20) String status, Object output) {
    }
}
