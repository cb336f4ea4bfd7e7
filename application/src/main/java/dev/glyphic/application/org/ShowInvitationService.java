package dev.glyphic.application.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ShowInvitation;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;

public final class ShowInvitationService implements ShowInvitation {
    private final Transactions transactions;
    private final OrgAccess access;
    private final InvitationRepository invitations;

    public ShowInvitationService(Transactions transactions, OrgAccess access, InvitationRepository invitations) {
        this.transactions = transactions;
        this.access = access;
        this.invitations = invitations;
    }

    @Override
    public Invitation show(Caller caller, OrgId orgId, InvitationId invitationId) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.MANAGE_MEMBERS);
            return invitations.find(orgId, invitationId).orElseThrow(() -> new DomainException.NotFound("invitation"));
        });
    }
}
