package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.org.OrganizationRepository.OrgWithRole;
import dev.glyphic.domain.org.OrgId;

public interface ShowOrg {

    OrgWithRole show(Caller caller, OrgId orgId);
}
