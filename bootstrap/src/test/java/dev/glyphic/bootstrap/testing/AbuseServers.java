package dev.glyphic.bootstrap.testing;

import java.util.Map;

/**
 * Servers with tiny abuse limits of their own, started on first use, so that tests of those limits neither trip
 * over the limits of other tests nor loosen them for everyone ({@link TestServer} sets limits per client address
 * out of reach, as every test calls from 127.0.0.1).
 */
public final class AbuseServers {
    private static TestServer clients;
    private static TestServer rates;
    private static TestServer streams;

    private AbuseServers() {
    }

    /**
     * Limits per client address, with the loopback proxy trusted so that a test can pose as any client through
     * {@code X-Forwarded-For}; one password hash at a time and no waiting for it.
     */
    public static synchronized TestServer clients() {
        if (clients == null) {
            clients = TestServer.start(Map.of(
                    "glyphic.abuse.trusted-proxies", "127.0.0.1/32,::1/128",
                    "glyphic.abuse.sign-ups-per-client", 3,
                    "glyphic.abuse.password-failures-per-client", 4,
                    "glyphic.abuse.password-hash-concurrency", 1,
                    "glyphic.abuse.password-hash-queue-wait", "0s"));
        }
        return clients;
    }

    /** API rates of 10 calls a minute per user and per key, 15 per org. */
    public static synchronized TestServer rates() {
        if (rates == null) {
            rates = TestServer.start(Map.of(
                    "glyphic.abuse.api-calls-per-user", 10,
                    "glyphic.abuse.api-calls-per-key", 10,
                    "glyphic.abuse.api-calls-per-org", 15,
                    "glyphic.abuse.sign-ups-per-client", 1_000_000));
        }
        return rates;
    }

    /** Event streams: 2 per caller, 3 per org, 5 in all; a pool of 3 connections, fewer than the streams. */
    public static synchronized TestServer streams() {
        if (streams == null) {
            streams = TestServer.start(Map.of(
                    "glyphic.abuse.streams-per-user", 2,
                    "glyphic.abuse.streams-per-org", 3,
                    "glyphic.abuse.streams-per-instance", 5,
                    "datasources.default.maximum-pool-size", 3,
                    "glyphic.engine.enabled", false,
                    "glyphic.abuse.sign-ups-per-client", 1_000_000,
                    "glyphic.abuse.password-failures-per-client", 1_000_000,
                    "glyphic.abuse.password-hash-queue-wait", "60s"));
        }
        return streams;
    }
}
