package dev.glyphic.application.org;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.org.ListMembers;
import dev.glyphic.application.port.out.org.MembershipRepository.Member;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;

public final class ListMembersService implements ListMembers {
    private final Transactions transactions;
    private final OrgAccess access;
    private final MembershipRepository memberships;

    public ListMembersService(Transactions transactions, OrgAccess access, MembershipRepository memberships) {
        this.transactions = transactions;
        this.access = access;
        this.memberships = memberships;
    }

    @Override
    public Page<Member> list(Caller caller, OrgId orgId, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            access.enter(caller, orgId).require(Action.READ);
            return Page.of(memberships.list(orgId, page), page, m -> Cursors.encode(m.user().id().value()));
        });
    }
}
