package dev.glyphic.application.port.in.limits;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Counts an authenticated API call against the operator's rates: per user (a person), per API key, and per org (the
 * org in the path, or the key's own org). Refused when any of them has no room left.
 */
public interface MeterApiCall {

    Verdict meter(Caller caller, Optional<OrgId> org);

    /**
     * One rate that applied: its name ({@code user}, {@code key}, {@code org}), calls per window, and what is left
     * after this call with the time until it is whole again.
     */
    record Quota(String policy, int limit, Duration window, long remaining, Duration reset) {
    }

    sealed interface Verdict {
        List<Quota> quotas();

        record Admitted(List<Quota> quotas) implements Verdict {
        }

        record Refused(List<Quota> quotas, Duration retryAfter) implements Verdict {
        }
    }
}
