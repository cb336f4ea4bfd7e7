package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;

/** Removes a member, or lets a member leave; never the last owner. */
public interface RemoveMember {

    void remove(Caller caller, OrgId orgId, UserId member);
}
