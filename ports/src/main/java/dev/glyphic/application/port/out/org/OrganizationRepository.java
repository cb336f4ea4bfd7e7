package dev.glyphic.application.port.out.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Role;
import java.util.List;
import java.util.Optional;

public interface OrganizationRepository {

    record OrgWithRole(Organization organization, Role role) {
    }

    /** Stores a new organization; a taken slug answers false and stores nothing. */
    boolean insert(Organization organization);

    Optional<Organization> find(OrgId id);

    /** Saves name, slug and execution limits; a slug taken by another organization answers false. */
    boolean update(Organization organization);

    void delete(OrgId id);

    /** The organizations a user belongs to, with their role; needs {@link Transactions#asUser}. */
    List<OrgWithRole> listForUser(UserId userId, PageRequest page);
}
