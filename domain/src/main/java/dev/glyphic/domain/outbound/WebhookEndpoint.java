package dev.glyphic.domain.outbound;

import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.WebhookSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's endpoint for outbound webhooks: where to send which events, and the secret they are signed with (and,
 * for a grace period after a rotation, the one before: both sign, so the receiver can switch without a gap).
 *
 * @param disabledReason why it is disabled, when it is (by an admin, or by a 410 Gone)
 */
public record WebhookEndpoint(OrgId orgId, EndpointId id, WorkspaceId workspaceId, EndpointUrl url,
                              Set<EventType> eventTypes, WebhookSecret secret, Optional<WebhookSecret> previousSecret,
                              Optional<Instant> previousSecretUntil, boolean enabled, Optional<String> disabledReason,
                              Instant createdAt, Instant updatedAt) {

    public WebhookEndpoint {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(url);
        eventTypes = Set.copyOf(eventTypes);
        Objects.requireNonNull(secret);
        Objects.requireNonNull(previousSecret);
        Objects.requireNonNull(previousSecretUntil);
        Objects.requireNonNull(disabledReason);
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("an endpoint listens to at least one event type");
        }
    }

    public static WebhookEndpoint create(OrgId orgId, WorkspaceId workspaceId, EndpointUrl url, Set<EventType> types,
                                         Instant now) {
        return new WebhookEndpoint(orgId, EndpointId.random(), workspaceId, url, types, WebhookSecret.generate(),
                Optional.empty(), Optional.empty(), true, Optional.empty(), now, now);
    }

    public WebhookEndpoint changed(Optional<EndpointUrl> newUrl, Optional<Set<EventType>> types,
                                   Optional<Boolean> on, Instant now) {
        boolean nowEnabled = on.orElse(enabled);
        Optional<String> reason = nowEnabled ? Optional.empty()
                : on.isPresent() && on.get() != enabled ? Optional.of("disabled by an admin") : disabledReason;
        return new WebhookEndpoint(orgId, id, workspaceId, newUrl.orElse(url), types.orElse(eventTypes), secret,
                previousSecret, previousSecretUntil, nowEnabled, reason, createdAt, now);
    }

    public WebhookEndpoint rotated(WebhookSecret fresh, Duration grace, Instant now) {
        return new WebhookEndpoint(orgId, id, workspaceId, url, eventTypes, fresh, Optional.of(secret),
                Optional.of(now.plus(grace)), enabled, disabledReason, createdAt, now);
    }

    public WebhookEndpoint disabled(String reason, Instant now) {
        return new WebhookEndpoint(orgId, id, workspaceId, url, eventTypes, secret, previousSecret,
                previousSecretUntil, false, Optional.of(reason), createdAt, now);
    }

    /** The secrets a delivery is signed with at {@code now}: the current one first, the previous within its grace. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(2);
        secrets.add(secret);
        previousSecret.filter(p -> previousSecretUntil.map(now::isBefore).orElse(false)).ifPresent(secrets::add);
        return secrets;
    }
}
