package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;

public interface ShowWorkspace {

    Workspace show(Caller caller, OrgId orgId, WorkspaceId workspaceId);
}
