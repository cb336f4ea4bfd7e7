package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Optional;

public interface UpdateWorkspace {

    record Command(Optional<DisplayName> name, Optional<Slug> slug) {
    }

    Workspace update(Caller caller, OrgId orgId, WorkspaceId workspaceId, Command command);
}
