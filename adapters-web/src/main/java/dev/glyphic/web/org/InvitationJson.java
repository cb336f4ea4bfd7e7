package dev.glyphic.web.org;

import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.web.openapi.EmailText;
import dev.glyphic.web.openapi.Required;
import dev.glyphic.web.openapi.RoleName;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;

public final class InvitationJson {
    private InvitationJson() {
    }

    public record CreateRequest(@Required @EmailText String email, @Required @RoleName String role) {
    }

    public record AcceptRequest(
            @Schema(description = "the invitation token (gi_…), from the mail or the inviter", maxLength = 200,
                    pattern = "^gi_[A-Za-z0-9_-]+$", requiredMode = Schema.RequiredMode.REQUIRED) String token) {
        @Override
        public String toString() {
            return "AcceptRequest[***]";
        }
    }

    /** {@code token} is present once, in the answer to the invitation's creation; only its digest is kept. */
    public record Response(@Uuid String id, @EmailText String email, @RoleName String role,
                           @Schema(type = "string", allowableValues = {"pending", "accepted", "expired", "revoked"})
                           String status,
                           @Uuid String invitedBy, @Timestamp Instant createdAt, @Timestamp Instant expiresAt,
                           @Timestamp Instant acceptedAt, @Schema(maxLength = 200) String token) {
        public static Response of(Invitation i, Instant now, String token) {
            return new Response(i.id().toString(), i.email().value(), i.role().wireName(),
                    i.status(now).name().toLowerCase(Locale.ROOT), i.invitedBy().toString(), i.createdAt(),
                    i.expiresAt(), i.acceptedAt().orElse(null), token);
        }
    }

    public record MembershipResponse(@Uuid String orgId, @Uuid String userId, @RoleName String role,
                                     @Timestamp Instant joinedAt) {
        public static MembershipResponse of(Membership m) {
            return new MembershipResponse(m.orgId().toString(), m.userId().toString(), m.role().wireName(),
                    m.joinedAt());
        }
    }
}
