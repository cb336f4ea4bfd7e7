package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.Invitation;
import dev.glyphic.domain.org.OrgId;

public interface ListInvitations {

    Page<Invitation> list(Caller caller, OrgId orgId, PageRequest page);
}
