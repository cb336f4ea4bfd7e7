package dev.glyphic.bootstrap.api.abuse;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.retryAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Guesses sent at once for one account: the throttle reserves each attempt before the password is hashed, so no
 * more guesses are checked than the limit allows, however many arrive together (issue #5: 17 of 40 got through).
 */
class ParallelGuessesApiTest {
    private static final int GUESSES = 40;
    private static final int ALLOWED = 5;

    private final Api api = new Api();

    @Test
    void fortyParallelWrongPasswordsForOneAccountGetAtMostTheAllowedNumberOfChecks() throws Exception {
        TestUser ada = TestUser.signUp(api);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(GUESSES)) {
            for (int i = 0; i < GUESSES; i++) {
                String guess = "wrong guess number " + i;
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/auth/login", json("email", ada.email(), "password", guess)).send();
                }));
            }
            start.countDown();
            int unauthenticated = 0;
            int throttled = 0;
            for (Future<Api.Reply> future : replies) {
                Api.Reply reply = future.get();
                if (reply.status() == 401) {
                    unauthenticated++;
                } else {
                    problem(429, "rate-limited", reply);
                    retryAfter(reply);
                    throttled++;
                }
            }
            assertTrue(unauthenticated <= ALLOWED, unauthenticated + " guesses were checked, at most " + ALLOWED
                    + " may be");
            assertEquals(GUESSES, unauthenticated + throttled);
        }
    }
}
