package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Slug;
import java.util.Optional;

/**
 * Renames an organization, changes its slug or its execution limits; absent fields stay as they are. An execution
 * limit out of range is refused ({@link dev.glyphic.domain.org.ExecutionLimits}) and nothing changes.
 */
public interface UpdateOrg {

    record Command(Optional<DisplayName> name, Optional<Slug> slug, Optional<Integer> maxConcurrentExecutions,
                   Optional<Integer> executionRetentionDays) {
    }

    Organization update(Caller caller, OrgId orgId, Command command);
}
