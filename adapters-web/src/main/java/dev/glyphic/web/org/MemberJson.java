package dev.glyphic.web.org;

import dev.glyphic.application.port.out.org.MembershipRepository.Member;
import dev.glyphic.web.openapi.EmailText;
import dev.glyphic.web.openapi.NameText;
import dev.glyphic.web.openapi.Required;
import dev.glyphic.web.openapi.RoleName;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import java.time.Instant;

public final class MemberJson {
    private MemberJson() {
    }

    public record ChangeRoleRequest(@Required @RoleName String role) {
    }

    public record Response(@Uuid String userId, @EmailText String email, @NameText String name, @RoleName String role,
                           @Timestamp Instant joinedAt) {
        public static Response of(Member member) {
            return new Response(member.user().id().toString(), member.user().email().value(),
                    member.user().name().value(), member.membership().role().wireName(),
                    member.membership().joinedAt());
        }
    }
}
