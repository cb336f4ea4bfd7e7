package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;

/** Invites an email address into an organization with a role. */
public interface InviteMember {

    record Command(Email email, Role role) {
    }

    /** The invitation and its secret acceptance token, shown this once for the inviter to pass on. */
    record Issued(Invitation invitation, String token) {
    }

    Issued invite(Caller caller, OrgId orgId, Command command);
}
