package dev.glyphic.domain.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.glyphic.domain.identity.DisplayName;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrganizationTest {
    private static final Instant FOUNDED = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2025-06-01T00:00:00Z");

    private final Organization acme = Organization.found(DisplayName.of("Acme"), Slug.of("acme"), FOUNDED);

    @Test
    void aNewOrganizationIsCreatedAndUpdatedAtTheSameMoment() {
        assertEquals(FOUNDED, acme.createdAt());
        assertEquals(FOUNDED, acme.updatedAt());
        assertEquals(7, acme.id().value().version());
        assertNotEquals(acme.id(), Organization.found(acme.name(), acme.slug(), FOUNDED).id());
    }

    @Test
    void aNewOrganizationHasTheDefaultExecutionLimits() {
        assertEquals(ExecutionLimits.DEFAULT, acme.executionLimits());
    }

    @Test
    void limitingExecutionsKeepsTheRestAndTouchesTheUpdateTime() {
        ExecutionLimits limits = new ExecutionLimits(5, 90);
        Organization limited = acme.limitExecutions(limits, LATER);
        assertEquals(limits, limited.executionLimits());
        assertEquals(acme.name(), limited.name());
        assertEquals(acme.slug(), limited.slug());
        assertEquals(FOUNDED, limited.createdAt());
        assertEquals(LATER, limited.updatedAt());
        assertEquals(limits, limited.rename(DisplayName.of("Acme Studio"), null, LATER).executionLimits(),
                "renaming keeps the limits");
    }

    @Test
    void renamingReplacesWhatIsGivenAndKeepsWhatIsNot() {
        Organization renamed = acme.rename(DisplayName.of("Acme Studio"), null, LATER);
        assertEquals("Acme Studio", renamed.name().value());
        assertEquals(Slug.of("acme"), renamed.slug());

        Organization reslugged = acme.rename(null, Slug.of("acme-studio"), LATER);
        assertEquals("Acme", reslugged.name().value());
        assertEquals(Slug.of("acme-studio"), reslugged.slug());
    }

    @Test
    void renamingKeepsTheIdAndCreationTimeAndTouchesTheUpdateTime() {
        Organization renamed = acme.rename(DisplayName.of("Acme Studio"), Slug.of("acme-studio"), LATER);
        assertEquals(acme.id(), renamed.id());
        assertEquals(FOUNDED, renamed.createdAt());
        assertEquals(LATER, renamed.updatedAt());
    }
}
