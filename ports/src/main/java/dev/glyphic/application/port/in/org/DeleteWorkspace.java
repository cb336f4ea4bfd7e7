package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;

public interface DeleteWorkspace {

    void delete(Caller caller, OrgId orgId, WorkspaceId workspaceId);
}
