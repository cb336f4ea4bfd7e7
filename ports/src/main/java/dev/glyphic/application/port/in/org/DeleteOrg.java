package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;

/** Deletes an organization and everything in it. Owners only. */
public interface DeleteOrg {

    void delete(Caller caller, OrgId orgId);
}
