package dev.glyphic.web.org;

import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.Membership;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;

public final class InvitationJson {
    private InvitationJson() {
    }

    public record CreateRequest(String email, String role) {
    }

    public record AcceptRequest(
            @Schema(description = "the invitation token (gi_…), from the mail or the inviter", maxLength = 200,
                    requiredMode = Schema.RequiredMode.REQUIRED) String token) {
        @Override
        public String toString() {
            return "AcceptRequest[***]";
        }
    }

    /** {@code token} is present once, in the answer to the invitation's creation; only its digest is kept. */
    public record Response(String id, String email, String role, String status, String invitedBy, Instant createdAt,
                           Instant expiresAt, Instant acceptedAt, String token) {
        public static Response of(Invitation i, Instant now, String token) {
            return new Response(i.id().toString(), i.email().value(), i.role().wireName(),
                    i.status(now).name().toLowerCase(Locale.ROOT), i.invitedBy().toString(), i.createdAt(),
                    i.expiresAt(), i.acceptedAt().orElse(null), token);
        }
    }

    public record MembershipResponse(String orgId, String userId, String role, Instant joinedAt) {
        public static MembershipResponse of(Membership m) {
            return new MembershipResponse(m.orgId().toString(), m.userId().toString(), m.role().wireName(),
                    m.joinedAt());
        }
    }
}
