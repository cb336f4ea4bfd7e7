package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Slug;

/** Founds an organization; its creator becomes its first owner. */
public interface CreateOrg {

    record Command(DisplayName name, Slug slug) {
    }

    Organization create(Caller caller, Command command);
}
