package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.port.out.OrganizationRepository.OrgWithRole;
import dev.glyphic.domain.org.OrgId;

public interface ShowOrg {

    OrgWithRole show(Caller caller, OrgId orgId);
}
