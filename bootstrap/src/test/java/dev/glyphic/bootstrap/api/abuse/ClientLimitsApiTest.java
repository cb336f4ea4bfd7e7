package dev.glyphic.bootstrap.api.abuse;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.retryAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.AbuseServers;
import dev.glyphic.bootstrap.testing.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Limits per client address (sign-ups, password checks across accounts) and the bound on hashes running at once,
 * on a server that trusts the loopback proxy's X-Forwarded-For (3 sign-ups and 4 failed checks per client, one
 * hash at a time, no queue).
 */
class ClientLimitsApiTest {
    private final Api api = new Api(AbuseServers.clients());

    private static String someClient() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "203.0." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private Api.Reply signUp(String client) {
        return api.post("/api/v1/auth/signup", json("email", "user-" + UUID.randomUUID() + "@example.com",
                "password", "long enough password", "name", "Someone")).header("X-Forwarded-For", client).send();
    }

    private Api.Reply logIn(String client, String email, String password) {
        return api.post("/api/v1/auth/login", json("email", email, "password", password))
                .header("X-Forwarded-For", client).send();
    }

    private static void assertRateLimited(Api.Reply reply) {
        problem(429, "rate-limited", reply);
        retryAfter(reply);
    }

    @Test
    void aClientMaySignUpThreeTimesAWindowWhileAnotherClientSignsUpAsUsual() {
        String client = someClient();
        for (int i = 0; i < 3; i++) {
            assertEquals(201, signUp(client).status());
        }

        assertRateLimited(signUp(client));
        assertEquals(201, signUp(someClient()).status(), "another client is not held back");
    }

    @Test
    void aClientGuessingAcrossAccountsIsStoppedAfterFourFailuresThoughNoAccountReachedItsOwnLimit() {
        String client = someClient();
        for (int i = 0; i < 4; i++) {
            Api.Reply reply = logIn(client, "victim-" + i + "-" + UUID.randomUUID() + "@example.com", "guess");
            problem(401, "unauthenticated", reply);
        }

        assertRateLimited(logIn(client, "victim-5-" + UUID.randomUUID() + "@example.com", "guess"));
        assertEquals(401, logIn(someClient(), "victim-" + UUID.randomUUID() + "@example.com", "guess").status(),
                "another client is not held back");
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
        Api plain = new Api();
        // The usual test server trusts no proxy, so four failures claiming an address are counted under 127.0.0.1.
        // Counters live in the database both servers share: had the claim been believed, the trusting server would
        // now refuse that address.
        String claimed = someClient();
        for (int i = 0; i < 4; i++) {
            plain.post("/api/v1/auth/login", json("email", "x-" + UUID.randomUUID() + "@example.com",
                    "password", "guess")).header("X-Forwarded-For", claimed).send();
        }
        assertEquals(401, logIn(claimed, "y-" + UUID.randomUUID() + "@example.com", "guess").status());
    }

    @Test
    void hashesBeyondTheBoundAreRefusedWith503AndRetryAfter() throws Exception {
        int parallel = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < parallel; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return signUp(someClient());
                }));
            }
            start.countDown();
            int created = 0;
            int overloaded = 0;
            for (Future<Api.Reply> future : replies) {
                Api.Reply reply = future.get();
                if (reply.status() == 201) {
                    created++;
                } else {
                    problem(503, "overloaded", reply);
                    retryAfter(reply);
                    overloaded++;
                }
            }
            assertTrue(created >= 1, "one hash at a time still serves someone");
            assertTrue(overloaded >= 1, "twelve at once cannot all hash with one slot and no queue");
        }
    }
}
