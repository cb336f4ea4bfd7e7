package dev.glyphic.application.port.out.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import java.util.List;
import java.util.Optional;

public interface InvitationRepository {

    void insert(Invitation invitation, TokenDigest digest);

    /** Finds the invitation and locks it, so that it is accepted at most once. */
    Optional<Invitation> findForUpdate(OrgId orgId, TokenDigest digest);

    /** Finds the invitation by id without locking it, for reading only. */
    Optional<Invitation> find(OrgId orgId, InvitationId id);

    /** Finds the invitation by id and locks it, so that revoking and accepting cannot both win. */
    Optional<Invitation> findForUpdate(OrgId orgId, InvitationId id);

    List<Invitation> list(OrgId orgId, PageRequest page);

    void markAccepted(Invitation invitation);

    void markRevoked(Invitation invitation);
}
