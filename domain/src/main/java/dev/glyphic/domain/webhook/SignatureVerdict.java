package dev.glyphic.domain.webhook;

import java.time.Instant;

/** What checking a request's signature found; every refusal says why, in words the sender can act on. */
public sealed interface SignatureVerdict {

    record Valid() implements SignatureVerdict {
    }

    /** The webhook accepts unsigned calls, as its admin chose explicitly. */
    record Unsigned() implements SignatureVerdict {
    }

    /** A header the scheme needs is absent or unreadable. */
    record Malformed(String header, String problem) implements SignatureVerdict {
    }

    /** The signed timestamp is further from now than the tolerance: a replay, or a clock far off. */
    record Skewed(Instant signedAt) implements SignatureVerdict {
    }

    /** No signature matches any usable secret: a wrong secret, or a changed body. */
    record Mismatch() implements SignatureVerdict {
    }

    default boolean accepted() {
        return this instanceof Valid || this instanceof Unsigned;
    }

    default String reason() {
        return switch (this) {
            case Valid v -> "valid signature";
            case Unsigned u -> "unsigned, as configured";
            case Malformed m -> m.header() + ": " + m.problem();
            case Skewed s -> "the signed timestamp " + s.signedAt() + " is outside the tolerance";
            case Mismatch m -> "no signature matches the webhook's secret";
        };
    }
}
