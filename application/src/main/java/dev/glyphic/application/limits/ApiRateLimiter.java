package dev.glyphic.application.limits;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.limits.MeterApiCall;
import dev.glyphic.domain.org.OrgId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Rates of API calls per user, per API key and per org, as token buckets in this instance's memory: with n
 * instances behind a balancer, a caller may get up to n times the rate. A call takes a token from every bucket that
 * applies, or from none.
 */
public final class ApiRateLimiter implements MeterApiCall {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** Calls per minute; 0 switches a rate off. */
    public record Rates(int perUser, int perKey, int perOrg) {
    }

    private final Rates rates;
    private final Optional<TokenBuckets> users;
    private final Optional<TokenBuckets> keys;
    private final Optional<TokenBuckets> orgs;

    public ApiRateLimiter(Rates rates, LongSupplier nanos) {
        this.rates = rates;
        this.users = buckets(rates.perUser(), nanos);
        this.keys = buckets(rates.perKey(), nanos);
        this.orgs = buckets(rates.perOrg(), nanos);
    }

    private static Optional<TokenBuckets> buckets(int perMinute, LongSupplier nanos) {
        return perMinute > 0 ? Optional.of(new TokenBuckets(perMinute, WINDOW.toNanos(), nanos)) : Optional.empty();
    }

    private record Charge(String policy, int limit, TokenBuckets buckets, String key) {
    }

    @Override
    public Verdict meter(Caller caller, Optional<OrgId> org) {
        List<Charge> charges = new ArrayList<>();
        Optional<OrgId> tenant = org;
        switch (caller) {
            case Caller.Person person -> users.ifPresent(b -> charges.add(
                    new Charge("user", rates.perUser(), b, person.userId().toString())));
            case Caller.Machine machine -> {
                keys.ifPresent(b -> charges.add(new Charge("key", rates.perKey(), b, machine.keyId().toString())));
                tenant = Optional.of(machine.orgId());
            }
        }
        tenant.ifPresent(o -> orgs.ifPresent(b -> charges.add(new Charge("org", rates.perOrg(), b, o.toString()))));

        List<Quota> quotas = new ArrayList<>();
        List<Charge> taken = new ArrayList<>();
        long retryNanos = 0;
        for (Charge charge : charges) {
            TokenBuckets.Take take = charge.buckets().take(charge.key());
            quotas.add(new Quota(charge.policy(), charge.limit(), WINDOW, take.remaining(),
                    Duration.ofNanos(take.nanosToFull())));
            if (take.taken()) {
                taken.add(charge);
            } else {
                retryNanos = Math.max(retryNanos, take.nanosToNext());
            }
        }
        if (taken.size() == charges.size()) {
            return new Verdict.Admitted(quotas);
        }
        // All or none: a call refused for its org does not use up its caller's own rate.
        taken.forEach(charge -> charge.buckets().giveBack(charge.key()));
        return new Verdict.Refused(quotas, Duration.ofNanos(retryNanos));
    }
}
