package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Slug;
import java.util.Optional;

/** Renames an organization or changes its slug; absent fields stay as they are. */
public interface UpdateOrg {

    record Command(Optional<DisplayName> name, Optional<Slug> slug) {
    }

    Organization update(Caller caller, OrgId orgId, Command command);
}
