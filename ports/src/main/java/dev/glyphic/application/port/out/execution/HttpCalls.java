package dev.glyphic.application.port.out.execution;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Outbound HTTP on behalf of a workflow ({@code http.request}). The URL comes from a user's workflow, so an adapter
 * must refuse targets inside our own network (loopback, private, link-local, cloud metadata) unless configuration
 * opens them, must not follow redirects on its own (each hop would need the same check), and must stop reading a
 * response at the byte limit. Every outcome is a value: nothing about the remote end is thrown.
 */
public interface HttpCalls {

    /**
     * @param method           an HTTP method token ({@code GET}, {@code POST}, ...)
     * @param uri              an absolute http(s) URI without user info
     * @param headers          request headers; a header the client controls itself (Host, Content-Length) is refused
     * @param body             the request body, sent as UTF-8, when present
     * @param timeout          the whole call, from connecting until the last byte of the response
     * @param maxResponseBytes a response body longer than this is refused, not truncated
     */
    record HttpCall(String method, URI uri, Map<String, String> headers, Optional<String> body, Duration timeout,
                    long maxResponseBytes) {
        public HttpCall {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uri, "uri");
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive");
            }
            if (maxResponseBytes <= 0) {
                throw new IllegalArgumentException("the response limit must be positive");
            }
        }
    }

    sealed interface HttpOutcome {
    }

    /** The server answered; a 3xx is reported as it came, its Location not followed. Body decoded as UTF-8. */
    record Responded(int status, Map<String, List<String>> headers, String body) implements HttpOutcome {
        public Responded {
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }
    }

    /** We declined: the call was not made, or its response was not accepted. */
    record Refused(RefusalReason reason, String message) implements HttpOutcome {
    }

    /** The call was attempted and did not complete. */
    record Failed(FailureKind kind, String message) implements HttpOutcome {
    }

    enum RefusalReason {
        /** the host resolves to an address the SSRF guard forbids and no allow-list entry opens */
        ADDRESS_NOT_ALLOWED("address_not_allowed"),
        /** the response body is longer than the limit */
        RESPONSE_TOO_LARGE("response_too_large"),
        /** not an absolute http(s) URL, or it carries user info */
        INVALID_URL("invalid_url"),
        /** a method or header the HTTP client refuses to send */
        INVALID_REQUEST("invalid_request");

        private final String code;

        RefusalReason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    enum FailureKind {
        TIMEOUT("timeout"), NETWORK("network");

        private final String code;

        FailureKind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    HttpOutcome call(HttpCall call);
}
