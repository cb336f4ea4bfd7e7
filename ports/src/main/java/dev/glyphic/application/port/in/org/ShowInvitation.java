package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;

/** One invitation of an organization, to those who may list its invitations. */
public interface ShowInvitation {

    /** @throws dev.glyphic.domain.shared.DomainException.NotFound if the organization has no such invitation */
    Invitation show(Caller caller, OrgId orgId, InvitationId invitationId);
}
