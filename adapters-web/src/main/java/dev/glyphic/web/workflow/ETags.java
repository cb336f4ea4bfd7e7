package dev.glyphic.web.workflow;

import dev.glyphic.domain.workflow.Workflow;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workflow's ETag is its version, quoted ({@link Workflow#etag()}). If-Match is read leniently as to form (a weak
 * {@code W/} prefix, which proxies may add, is accepted) and strictly as to meaning.
 */
final class ETags {
    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"([1-9][0-9]{0,8})\"$");
    /** Versions start at 1, so this one never matches: the use case answers 412 after its own checks (404, 403). */
    private static final int NO_VERSION = 0;

    private ETags() {
    }

    /**
     * The version an If-Match header names. Empty when there is none, or when it is {@code *} (a blind overwrite,
     * which is what If-Match is required to prevent): the use case answers 428. A value that is not one of our
     * ETags can never match, so it is a failed precondition (412), not a missing one.
     */
    static Optional<Integer> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        return Optional.of(matcher.matches() ? Integer.parseInt(matcher.group(1)) : NO_VERSION);
    }

    static <T> MutableHttpResponse<T> tagged(MutableHttpResponse<T> response, Workflow workflow) {
        return response.header(HttpHeaders.ETAG, workflow.etag());
    }
}
