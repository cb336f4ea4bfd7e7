package dev.glyphic.web.org;

import dev.glyphic.application.port.out.MembershipRepository.Member;
import java.time.Instant;

public final class MemberJson {
    private MemberJson() {
    }

    public record ChangeRoleRequest(String role) {
    }

    public record Response(String userId, String email, String name, String role, Instant joinedAt) {
        public static Response of(Member member) {
            return new Response(member.user().id().toString(), member.user().email().value(),
                    member.user().name().value(), member.membership().role().wireName(),
                    member.membership().joinedAt());
        }
    }
}
