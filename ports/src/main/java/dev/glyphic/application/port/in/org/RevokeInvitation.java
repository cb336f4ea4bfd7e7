package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;

/** Withdraws an invitation that has not been accepted: its token stops working. */
public interface RevokeInvitation {

    void revoke(Caller caller, OrgId orgId, InvitationId invitationId);
}
