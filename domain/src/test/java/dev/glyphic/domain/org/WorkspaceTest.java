package dev.glyphic.domain.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.domain.identity.DisplayName;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkspaceTest {
    private static final OrgId ORG = OrgId.random();
    private static final Instant OPENED = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2025-01-02T00:00:00Z");

    private final Workspace marketing = Workspace.open(ORG, DisplayName.of("Marketing"), Slug.of("marketing"), OPENED);

    @Test
    void aNewWorkspaceBelongsToItsOrganization() {
        assertEquals(ORG, marketing.orgId());
        assertEquals(OPENED, marketing.createdAt());
        assertEquals(OPENED, marketing.updatedAt());
    }

    @Test
    void renamingKeepsWhatIsNotGiven() {
        Workspace renamed = marketing.rename(null, Slug.of("growth"), LATER);
        assertEquals("Marketing", renamed.name().value());
        assertEquals(Slug.of("growth"), renamed.slug());
        assertEquals(marketing.id(), renamed.id());
        assertEquals(ORG, renamed.orgId());
        assertEquals(OPENED, renamed.createdAt());
        assertEquals(LATER, renamed.updatedAt());
    }

    @Test
    void renamingTheNameAloneKeepsTheSlug() {
        Workspace renamed = marketing.rename(DisplayName.of("Growth"), null, LATER);
        assertEquals("Growth", renamed.name().value());
        assertEquals(Slug.of("marketing"), renamed.slug());
    }
}
