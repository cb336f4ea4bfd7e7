package dev.glyphic.domain.webhook;

import java.util.Optional;

/** A request's headers as a signature scheme reads them: by name, ignoring case, the first value. */
@FunctionalInterface
public interface HeaderLookup {
    Optional<String> first(String name);
}
