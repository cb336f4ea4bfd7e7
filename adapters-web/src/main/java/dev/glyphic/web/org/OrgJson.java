package dev.glyphic.web.org;

import dev.glyphic.application.port.out.org.OrganizationRepository.OrgWithRole;
import dev.glyphic.domain.org.ExecutionLimits;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Role;
import dev.glyphic.web.openapi.NameText;
import dev.glyphic.web.openapi.Required;
import dev.glyphic.web.openapi.RoleName;
import dev.glyphic.web.openapi.SlugText;
import dev.glyphic.web.openapi.Timestamp;
import dev.glyphic.web.openapi.Uuid;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

public final class OrgJson {
    private OrgJson() {
    }

    public record CreateRequest(@Required @NameText String name, @Required @SlugText String slug) {
    }

    /** Absent fields stay as they are, inside {@code executionLimits} too. */
    public record UpdateRequest(@NameText String name, @SlugText String slug, Limits executionLimits) {
    }

    /**
     * How many executions may be under way at once in the organization, and how many days finished ones are kept.
     * In a request either may be absent.
     */
    public record Limits(
            @Schema(minimum = "1", maximum = "10000") Integer maxConcurrentExecutions,
            @Schema(minimum = "1", maximum = "3650") Integer executionRetentionDays) {
        static Limits of(ExecutionLimits limits) {
            return new Limits(limits.maxConcurrentExecutions(), limits.retentionDays());
        }
    }

    /** {@code role} is the caller's own role in the organization. */
    public record Response(@Uuid String id, @NameText String name, @SlugText String slug, @RoleName String role,
                           Limits executionLimits, @Timestamp Instant createdAt, @Timestamp Instant updatedAt) {
        public static Response of(Organization org, Role role) {
            return new Response(org.id().toString(), org.name().value(), org.slug().value(), role.wireName(),
                    Limits.of(org.executionLimits()), org.createdAt(), org.updatedAt());
        }

        public static Response of(OrgWithRole org) {
            return of(org.organization(), org.role());
        }
    }
}
