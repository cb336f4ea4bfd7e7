package dev.glyphic.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.List;

/**
 * The operator's bounds on what one client, user, key or org can make this server do (environment variables in
 * application.yml; docs/operations.md, "Abuse limits"). Counts of 0 for the API rates switch that rate off.
 */
@ConfigurationProperties("glyphic.abuse")
public record AbuseSettings(int loginFailuresPerAccount, int passwordFailuresPerClient, Duration passwordFailureWindow,
                            int signUpsPerClient, Duration signUpWindow, int passwordHashConcurrency,
                            Duration passwordHashQueueWait, Duration attemptPurgeInterval, int apiCallsPerUser,
                            int apiCallsPerKey, int apiCallsPerOrg, int streamsPerUser, int streamsPerOrg,
                            int streamsPerInstance, List<String> trustedProxies) {

    public AbuseSettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Hashes at once: as set, else one per core (each keeps a core busy for its whole run). */
    public int hashSlots() {
        return passwordHashConcurrency > 0 ? passwordHashConcurrency : Runtime.getRuntime().availableProcessors();
    }
}
