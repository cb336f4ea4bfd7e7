package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.org.OrganizationRepository.OrgWithRole;

/** The organizations the caller belongs to, with their role in each. */
public interface ListMyOrgs {

    Page<OrgWithRole> list(Caller caller, PageRequest page);
}
