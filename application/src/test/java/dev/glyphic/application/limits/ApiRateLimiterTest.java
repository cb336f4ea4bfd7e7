package dev.glyphic.application.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.RequestOrigin;
import dev.glyphic.application.port.in.limits.MeterApiCall;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.OrgId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The arithmetic of the rates on a hand-driven clock; the HTTP side is ApiRateLimitApiTest in bootstrap. */
class ApiRateLimiterTest {
    private static final RequestOrigin NOWHERE = new RequestOrigin(Optional.empty(), Optional.empty());

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private static Caller person() {
        return new Caller.Person(UserId.random(), Optional.empty(), NOWHERE);
    }

    @Test
    void aBucketEmptiesThenRefillsAtItsRate() {
        ApiRateLimiter limiter = new ApiRateLimiter(new ApiRateLimiter.Rates(6, 0, 0), nanos::get);
        Caller ada = person();
        for (int i = 5; i >= 0; i--) {
            MeterApiCall.Verdict verdict = limiter.meter(ada, Optional.empty());
            assertInstanceOf(MeterApiCall.Verdict.Admitted.class, verdict);
            assertEquals(i, verdict.quotas().get(0).remaining());
        }
        MeterApiCall.Verdict refused = limiter.meter(ada, Optional.empty());
        assertEquals(Duration.ofSeconds(10), ((MeterApiCall.Verdict.Refused) refused).retryAfter(),
                "6 a minute: one every 10 s");

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertInstanceOf(MeterApiCall.Verdict.Admitted.class, limiter.meter(ada, Optional.empty()));
        assertInstanceOf(MeterApiCall.Verdict.Refused.class, limiter.meter(ada, Optional.empty()));
    }

    @Test
    void aCallRefusedForItsOrgLeavesTheKeysOwnRateUntouched() {
        ApiRateLimiter limiter = new ApiRateLimiter(new ApiRateLimiter.Rates(0, 5, 2), nanos::get);
        OrgId org = new OrgId(UUID.randomUUID());
        Caller key = new Caller.Machine(new ApiKeyId(UUID.randomUUID()), org, NOWHERE);
        Caller other = new Caller.Machine(new ApiKeyId(UUID.randomUUID()), org, NOWHERE);
        limiter.meter(other, Optional.empty());
        limiter.meter(other, Optional.empty());

        assertInstanceOf(MeterApiCall.Verdict.Refused.class, limiter.meter(key, Optional.empty()));
        MeterApiCall.Verdict again = limiter.meter(key, Optional.empty());

        assertInstanceOf(MeterApiCall.Verdict.Refused.class, again);
        assertEquals("key", again.quotas().get(0).policy());
        assertEquals(4, again.quotas().get(0).remaining(), "each refused call gave the key's token back");
    }

    @Test
    void bucketsIdleForAWholeWindowAreForgottenSoMemoryFollowsActiveCallers() {
        TokenBuckets buckets = new TokenBuckets(10, Duration.ofMinutes(1).toNanos(), nanos::get);
        for (int i = 0; i < 1_000; i++) {
            buckets.take("caller-" + i);
        }
        assertEquals(1_000, buckets.size());

        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        buckets.take("still-active");

        assertEquals(1, buckets.size(), "only the caller active in the last window is kept");
    }
}
