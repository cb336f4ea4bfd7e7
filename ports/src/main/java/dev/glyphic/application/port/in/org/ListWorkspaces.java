package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;

public interface ListWorkspaces {

    Page<Workspace> list(Caller caller, OrgId orgId, PageRequest page);
}
