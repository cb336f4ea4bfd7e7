package dev.glyphic.bootstrap.api.abuse;

import static dev.glyphic.bootstrap.testing.Api.json;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static dev.glyphic.bootstrap.testing.Expect.retryAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.testing.AbuseServers;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** API rates per user, per key and per org, on a server that allows 10 calls a minute per user and key, 15 per org. */
class ApiRateLimitApiTest {
    private static final Pattern RATE_LIMIT = Pattern.compile("^\"(user|key|org)\";r=(\\d+);t=(\\d+)$");

    private final Api api = new Api(AbuseServers.rates());

    @Test
    void aPersonGetsTenCallsAMinuteWithTheRateInEveryAnswerThenA429() {
        TestUser ada = TestUser.signUp(api);
        TestUser grace = TestUser.signUp(api);
        long started = System.nanoTime();
        int admitted = 0;
        Api.Reply reply;
        while ((reply = api.get("/api/v1/me").as(ada).send()).status() == 200) {
            admitted++;
            assertEquals("\"user\";q=10;w=60", reply.header("RateLimit-Policy").orElse(""), reply::toString);
            Matcher m = RATE_LIMIT.matcher(reply.header("RateLimit").orElse(""));
            assertTrue(m.matches(), reply.header("RateLimit").orElse("no RateLimit"));
            assertTrue(admitted < 30, "never refused");
        }
        problem(429, "rate-limited", reply);
        assertTrue(retryAfter(reply) <= 6, "a token comes every 6 s");
        assertTrue(reply.header("RateLimit").orElse("").startsWith("\"user\";r=0;"), reply::toString);
        assertBetween(10, 10 + refilled(started, 10), admitted);

        assertEquals(200, api.get("/api/v1/me").as(grace).send().status(), "another person is not held back");
    }

    @Test
    void anOrgIsLimitedAcrossItsKeysAndEachKeyByItsOwnRate() {
        TestUser owner = TestUser.signUp(api);
        String slug = "rate-" + UUID.randomUUID().toString().substring(0, 12);
        Api.Reply org = api.post("/api/v1/orgs", json("name", "Rated", "slug", slug)).as(owner).send();
        assertEquals(201, org.status(), org::toString);
        String orgPath = "/api/v1/orgs/" + org.text("id");
        long started = System.nanoTime();
        String first = key(owner, orgPath, "first");
        String second = key(owner, orgPath, "second");

        int admitted = 2; // the two keys were created by calls under the org's path
        int byFirst = 0;
        Api.Reply reply;
        while ((reply = api.get(orgPath).bearer(byFirst < 8 ? first : second).send()).status() == 200) {
            admitted++;
            byFirst++;
            assertTrue(admitted < 40, "never refused");
        }
        problem(429, "rate-limited", reply);
        assertTrue(reply.header("RateLimit").orElse("").startsWith("\"org\";r=0;"), reply::toString);
        assertTrue(reply.header("RateLimit-Policy").orElse("").contains("\"org\";q=15;w=60"), reply::toString);
        assertBetween(15, 15 + refilled(started, 15), admitted);
    }

    @Test
    void aKeyAloneIsLimitedByItsOwnRate() {
        TestUser owner = TestUser.signUp(api);
        Api.Reply org = api.post("/api/v1/orgs", json("name", "Keyed",
                "slug", "key-" + UUID.randomUUID().toString().substring(0, 12))).as(owner).send();
        String orgPath = "/api/v1/orgs/" + org.text("id");
        String key = key(owner, orgPath, "busy");
        long started = System.nanoTime();
        int admitted = 0;
        Api.Reply reply;
        while ((reply = api.get(orgPath).bearer(key).send()).status() == 200) {
            admitted++;
            assertTrue(admitted < 30, "never refused");
        }
        problem(429, "rate-limited", reply);
        assertTrue(reply.header("RateLimit").orElse("").startsWith("\"key\";r=0;"), reply::toString);
        assertBetween(10, 10 + refilled(started, 10), admitted);
    }

    private String key(TestUser owner, String orgPath, String name) {
        Api.Reply created = api.post(orgPath + "/api-keys", json("name", name, "role", "viewer")).as(owner).send();
        assertEquals(201, created.status(), created::toString);
        return created.text("secret");
    }

    /** Tokens a bucket of {@code perMinute} may have regained since {@code started}, rounded up. */
    private static int refilled(long started, int perMinute) {
        double seconds = (System.nanoTime() - started) / 1e9;
        return (int) Math.ceil(seconds * perMinute / 60.0);
    }

    private static void assertBetween(int low, int high, int actual) {
        assertTrue(actual >= low && actual <= high, actual + " calls were admitted, expected " + low + ".." + high);
    }
}
