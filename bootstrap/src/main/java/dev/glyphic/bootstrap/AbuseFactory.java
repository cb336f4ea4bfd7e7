package dev.glyphic.bootstrap;

import dev.glyphic.application.auth.PurgeAttemptCountersService;
import dev.glyphic.application.auth.PurgeSpentEmailLinksService;
import dev.glyphic.application.limits.ApiRateLimiter;
import dev.glyphic.application.limits.StreamSlots;
import dev.glyphic.application.port.in.auth.PurgeAttemptCounters;
import dev.glyphic.application.port.in.auth.PurgeSpentEmailLinks;
import dev.glyphic.application.port.in.limits.MeterApiCall;
import dev.glyphic.application.port.out.auth.AttemptCounters;
import dev.glyphic.application.port.out.auth.EmailLinkRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.bootstrap.config.AbuseSettings;
import dev.glyphic.bootstrap.config.StartupProblem;
import dev.glyphic.web.support.ClientAddressFilter;
import dev.glyphic.web.support.Network;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounds on abuse (docs/operations.md, "Abuse limits"), from {@link AbuseSettings}: which proxies to believe
 * about the client's address, API call rates, open event streams, and the housekeeping of attempt counters and
 * email links. The password limits are wired with the auth use cases ({@link AuthUseCaseFactory}) and the bound
 * on concurrent hashes with the hasher ({@link IntegrationFactory}).
 */
@Factory
public class AbuseFactory {

    @Singleton
    ClientAddressFilter.TrustedProxies trustedProxies(AbuseSettings abuse) {
        try {
            return new ClientAddressFilter.TrustedProxies(abuse.trustedProxies().stream().map(Network::parse).toList());
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("GLYPHIC_TRUSTED_PROXIES: " + e.getMessage());
        }
    }

    @Singleton
    MeterApiCall meterApiCall(AbuseSettings abuse) {
        return new ApiRateLimiter(new ApiRateLimiter.Rates(abuse.apiCallsPerUser(), abuse.apiCallsPerKey(),
                abuse.apiCallsPerOrg()), System::nanoTime);
    }

    @Singleton
    StreamSlots streamSlots(AbuseSettings abuse) {
        try {
            return new StreamSlots(new StreamSlots.Caps(abuse.streamsPerUser(), abuse.streamsPerOrg(),
                    abuse.streamsPerInstance()));
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("GLYPHIC_STREAMS_PER_*: " + e.getMessage());
        }
    }

    @Singleton
    PurgeAttemptCounters purgeAttemptCounters(Transactions transactions, AttemptCounters counters, Clock clock) {
        return new PurgeAttemptCountersService(transactions, counters, clock);
    }

    @Singleton
    PurgeSpentEmailLinks purgeSpentEmailLinks(Transactions transactions, EmailLinkRepository links, Clock clock) {
        return new PurgeSpentEmailLinksService(transactions, links, clock);
    }

    /**
     * Purges ended attempt counters and long-expired email links every {@code attempt-purge-interval}, in every
     * instance (both purges are idempotent).
     */
    @Singleton
    static final class IdentityHousekeeping {
        private static final Logger LOG = LoggerFactory.getLogger(IdentityHousekeeping.class);

        private final PurgeAttemptCounters counters;
        private final PurgeSpentEmailLinks links;
        private final TaskScheduler scheduler;
        private final AbuseSettings abuse;

        IdentityHousekeeping(PurgeAttemptCounters counters, PurgeSpentEmailLinks links,
                             @Named("scheduled") TaskScheduler scheduler, AbuseSettings abuse) {
            this.counters = counters;
            this.links = links;
            this.scheduler = scheduler;
            this.abuse = abuse;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            scheduler.scheduleWithFixedDelay(abuse.attemptPurgeInterval(), abuse.attemptPurgeInterval(), () -> {
                try {
                    LOG.debug("purged {} ended attempt counters and {} expired email links", counters.purge(),
                            links.purge());
                } catch (RuntimeException e) {
                    // The next round tries again; a failed purge only leaves rows a little longer.
                    LOG.warn("identity housekeeping failed: {}", e.toString());
                }
            });
        }
    }
}
