package dev.glyphic.application.org;

import dev.glyphic.domain.shared.DomainException;

final class WorkspaceSlugs {
    private WorkspaceSlugs() {
    }

    static DomainException.Conflict taken() {
        return new DomainException.Conflict("slug_taken", "a workspace with this slug already exists in the organization");
    }

    static DomainException.NotFound notFound() {
        return new DomainException.NotFound("workspace");
    }
}
