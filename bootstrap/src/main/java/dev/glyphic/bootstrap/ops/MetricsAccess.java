package dev.glyphic.bootstrap.ops;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read {@code /prometheus}. Metrics tell an outsider how busy the service is, which tenants' work fails and
 * which versions run, so they are not public: with {@code GLYPHIC_METRICS_TOKEN} set, a scraper sends it as a
 * bearer token (from anywhere, this machine included); without it, only this machine may read them.
 */
public record MetricsAccess(Optional<String> token) {

    public sealed interface Verdict {
        record Allowed() implements Verdict {
        }

        /** No or a wrong token where one is configured: 401. */
        record TokenRequired() implements Verdict {
        }

        /** No token is configured and the caller is not on this machine: 403. */
        record LocalOnly() implements Verdict {
        }
    }

    public MetricsAccess {
        token = token.filter(t -> !t.isBlank());
    }

    public Verdict check(Optional<String> authorization, InetAddress client) {
        if (token.isPresent()) {
            Optional<String> presented = authorization.filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                    .map(h -> h.substring(7).strip());
            return presented.map(p -> sameSecret(p, token.get())).orElse(false) ? new Verdict.Allowed()
                    : new Verdict.TokenRequired();
        }
        return client.isLoopbackAddress() ? new Verdict.Allowed() : new Verdict.LocalOnly();
    }

    /** Constant time, so that the answer's timing does not reveal how much of a guess was right. */
    private static boolean sameSecret(String presented, String expected) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "MetricsAccess[token " + (token.isPresent() ? "set" : "unset") + "]";
    }
}
