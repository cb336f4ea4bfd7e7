package dev.glyphic.application.org;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ListInvitations;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.OrgId;

public final class ListInvitationsService implements ListInvitations {
    private final Transactions transactions;
    private final OrgAccess access;
    private final InvitationRepository invitations;

    public ListInvitationsService(Transactions transactions, OrgAccess access, InvitationRepository invitations) {
        this.transactions = transactions;
        this.access = access;
        this.invitations = invitations;
    }

    @Override
    public Page<Invitation> list(Caller caller, OrgId orgId, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.MANAGE_MEMBERS);
            return Page.of(invitations.list(orgId, page), page, i -> Cursors.encode(i.id().value()));
        });
    }
}
