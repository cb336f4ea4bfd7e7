package dev.glyphic.domain.shared;

import java.time.Duration;
import java.util.List;

/**
 * Every refusal the core can give. Sealed so that the web adapter maps each case exhaustively: a new kind of
 * refusal fails its compilation instead of leaking out as a 500.
 */
public abstract sealed class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** The resource does not exist, or exists in a tenant the caller cannot see: the two are indistinguishable. */
    public static final class NotFound extends DomainException {
        private final String resource;

        public NotFound(String resource) {
            super(resource + " not found");
            this.resource = resource;
        }

        public String resource() {
            return resource;
        }
    }

    /** The caller is known and can see the resource, but their role does not allow the action. */
    public static final class Forbidden extends DomainException {
        private final String code;

        public Forbidden(String message) {
            this("forbidden", message);
        }

        /** A refusal a client may want to tell apart from a plain lack of role, e.g. {@code self_approval}. */
        public Forbidden(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** No valid credentials. The message never says which part was wrong. */
    public static final class Unauthenticated extends DomainException {
        public Unauthenticated(String message) {
            super(message);
        }
    }

    /** The request clashes with the current state (a taken slug, a last owner, a used invitation). */
    public static final class Conflict extends DomainException {
        private final String code;

        public Conflict(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Input that is well-formed JSON but breaks a rule; every broken rule is reported at once. */
    public static final class Invalid extends DomainException {
        private final List<Violation> violations;

        public Invalid(List<Violation> violations) {
            super(violations.stream().map(Violation::message).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
            this.violations = List.copyOf(violations);
        }

        public Invalid(Violation violation) {
            this(List.of(violation));
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    /** The caller edited a state that has changed since they read it (a stale ETag). Nothing was written. */
    public static final class StaleVersion extends DomainException {
        public StaleVersion(String message) {
            super(message);
        }
    }

    /** An edit came without saying which state it edits (no If-Match); blind overwrites are refused. */
    public static final class VersionRequired extends DomainException {
        public VersionRequired(String message) {
            super(message);
        }
    }

    /**
     * A query parameter the server cannot honour (a page size out of range, a cursor it never handed out): the
     * request itself is malformed, so it answers 400 rather than silently doing something else.
     */
    public static final class BadQuery extends DomainException {
        private final List<Violation> violations;

        public BadQuery(List<Violation> violations) {
            super(violations.stream().map(Violation::message).reduce((a, b) -> a + "; " + b).orElse("bad query"));
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    /** Too many attempts; the caller may try again after the given delay. */
    public static final class RateLimited extends DomainException {
        private final String code;
        private final Duration retryAfter;

        public RateLimited(String message, Duration retryAfter) {
            this("rate_limited", message, retryAfter);
        }

        /** A limit a client may want to tell apart from the request rate, e.g. {@code queue_full}. */
        public RateLimited(String code, String message, Duration retryAfter) {
            super(message);
            this.code = code;
            this.retryAfter = retryAfter;
        }

        public String code() {
            return code;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /**
     * This instance has no room for the work right now (every slot for password hashing is busy): nothing was done,
     * and the same request may succeed after the given delay, here or on another instance.
     */
    public static final class Overloaded extends DomainException {
        private final Duration retryAfter;

        public Overloaded(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
