package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Slug;
import dev.glyphic.domain.org.Workspace;

public interface CreateWorkspace {

    record Command(DisplayName name, Slug slug) {
    }

    Workspace create(Caller caller, OrgId orgId, Command command);
}
