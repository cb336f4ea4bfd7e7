package dev.glyphic.web.org;

import dev.glyphic.application.port.out.OrganizationRepository.OrgWithRole;
import dev.glyphic.domain.org.ExecutionLimits;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Role;
import java.time.Instant;

public final class OrgJson {
    private OrgJson() {
    }

    public record CreateRequest(String name, String slug) {
    }

    /** Absent fields stay as they are, inside {@code executionLimits} too. */
    public record UpdateRequest(String name, String slug, Limits executionLimits) {
    }

    /**
     * How many executions may be under way at once in the organization, and how many days finished ones are kept.
     * In a request either may be absent.
     */
    public record Limits(Integer maxConcurrentExecutions, Integer executionRetentionDays) {
        static Limits of(ExecutionLimits limits) {
            return new Limits(limits.maxConcurrentExecutions(), limits.retentionDays());
        }
    }

    /** {@code role} is the caller's own role in the organization. */
    public record Response(String id, String name, String slug, String role, Limits executionLimits,
                           Instant createdAt, Instant updatedAt) {
        public static Response of(Organization org, Role role) {
            return new Response(org.id().toString(), org.name().value(), org.slug().value(), role.wireName(),
                    Limits.of(org.executionLimits()), org.createdAt(), org.updatedAt());
        }

        public static Response of(OrgWithRole org) {
            return of(org.organization(), org.role());
        }
    }
}
