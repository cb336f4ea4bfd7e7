package dev.glyphic.domain.webhook;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.Uuids;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One call a webhook received, as its admins see it in the log: what it answered and why.
 *
 * @param id time-ordered (UUIDv7), the log's order and cursor
 */
public record WebhookReceipt(OrgId orgId, UUID id, WebhookId webhookId, Instant receivedAt,
                             Optional<String> messageId, int status, Outcome outcome, String reason,
                             Optional<ExecutionId> executionId) {

    public enum Outcome {
        STARTED, REPEATED, REFUSED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Outcome parse(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    public WebhookReceipt {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(id);
        Objects.requireNonNull(webhookId);
        Objects.requireNonNull(receivedAt);
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(executionId);
    }

    public static WebhookReceipt of(OrgId orgId, WebhookId webhookId, Instant at, Optional<String> messageId,
                                    int status, Outcome outcome, String reason, Optional<ExecutionId> executionId) {
        return new WebhookReceipt(orgId, Uuids.v7(), webhookId, at, messageId, status, outcome, reason, executionId);
    }
}
