package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.port.out.OrganizationRepository.OrgWithRole;
import dev.glyphic.application.shared.Page;
import dev.glyphic.application.shared.PageRequest;

/** The organizations the caller belongs to, with their role in each. */
public interface ListMyOrgs {

    Page<OrgWithRole> list(Caller caller, PageRequest page);
}
