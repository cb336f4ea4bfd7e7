package dev.glyphic.application.port.out.org;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.List;
import java.util.Optional;

public interface WorkspaceRepository {

    /** Stores a new workspace; a slug taken in the same organization answers false. */
    boolean insert(Workspace workspace);

    Optional<Workspace> find(OrgId orgId, WorkspaceId id);

    List<Workspace> list(OrgId orgId, PageRequest page);

    /** Saves name and slug; a slug taken by another workspace of the organization answers false. */
    boolean update(Workspace workspace);

    void delete(OrgId orgId, WorkspaceId id);
}
