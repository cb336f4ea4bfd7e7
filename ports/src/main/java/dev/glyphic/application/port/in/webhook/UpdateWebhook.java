package dev.glyphic.application.port.in.webhook;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.webhook.SignatureScheme;
import dev.glyphic.domain.webhook.WebhookId;
import java.util.Objects;
import java.util.Optional;

/** Enables or disables a webhook, or changes how its callers sign (admins). Absent fields stay as they are. */
public interface UpdateWebhook {

    /**
     * @param secret the secret a GitHub or Stripe sender signs with (theirs); revealed in the answer only when
     *               it was generated here
     */
    record Command(Optional<Boolean> enabled, Optional<SignatureScheme> scheme, Optional<String> secret) {
        public Command {
            Objects.requireNonNull(enabled);
            Objects.requireNonNull(scheme);
            Objects.requireNonNull(secret);
        }
    }

    WebhookView update(Caller caller, OrgId orgId, WorkspaceId workspaceId, WebhookId id, Command command);
}
