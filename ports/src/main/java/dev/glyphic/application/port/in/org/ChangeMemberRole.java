package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.org.MembershipRepository.Member;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;

/** Sets a member's role, within what the caller may grant; an organization never loses its last owner. */
public interface ChangeMemberRole {

    Member change(Caller caller, OrgId orgId, UserId member, Role role);
}
