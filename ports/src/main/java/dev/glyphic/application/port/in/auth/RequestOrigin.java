package dev.glyphic.application.port.in.auth;

import java.util.Optional;

/** Where a request came from, for the audit log. */
public record RequestOrigin(Optional<String> ip, Optional<String> userAgent) {
}
