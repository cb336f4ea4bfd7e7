package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.shared.Page;
import dev.glyphic.application.shared.PageRequest;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;

public interface ListWorkspaces {

    Page<Workspace> list(Caller caller, OrgId orgId, PageRequest page);
}
