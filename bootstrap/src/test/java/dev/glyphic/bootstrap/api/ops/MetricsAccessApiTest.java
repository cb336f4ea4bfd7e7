package dev.glyphic.bootstrap.api.ops;

import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.bootstrap.ops.MetricsAccess;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestServer;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /prometheus} is not open to whoever can reach the port: a bearer token, or this machine only. */
class MetricsAccessApiTest {
    private final Api api = new Api();

    @Test
    void withATokenConfiguredMetricsNeedItEvenFromThisMachine() {
        problem(401, "unauthenticated", api.get("/prometheus").send());
        problem(401, "unauthenticated", api.get("/prometheus").bearer("wrong-token").send());
        Api.Reply almost = api.get("/prometheus").bearer(TestServer.METRICS_TOKEN + "x").send();
        problem(401, "unauthenticated", almost);
        assertEquals("Bearer", almost.header("WWW-Authenticate").orElseThrow());

        Api.Reply scraped = api.get("/prometheus").bearer(TestServer.METRICS_TOKEN).send();

        assertEquals(200, scraped.status(), scraped::toString);
        assertTrue(scraped.raw().body().contains("jvm_"), "Prometheus text format");
        assertEquals(200, api.get("/health").send().status(), "health stays open");
    }

    @Test
    void withoutATokenOnlyThisMachineReadsMetrics() throws Exception {
        MetricsAccess open = new MetricsAccess(Optional.empty());

        assertEquals(new MetricsAccess.Verdict.Allowed(), open.check(Optional.empty(),
                InetAddress.getByName("127.0.0.1")));
        assertEquals(new MetricsAccess.Verdict.Allowed(), open.check(Optional.empty(), InetAddress.getByName("::1")));
        assertEquals(new MetricsAccess.Verdict.LocalOnly(), open.check(Optional.empty(),
                InetAddress.getByName("203.0.113.7")));
        assertEquals(new MetricsAccess.Verdict.LocalOnly(), open.check(Optional.of("Bearer anything"),
                InetAddress.getByName("10.1.2.3")));
        assertEquals(new MetricsAccess.Verdict.LocalOnly(), new MetricsAccess(Optional.of(" ")).check(
                Optional.empty(), InetAddress.getByName("192.168.1.9")), "a blank token is no token");
    }

    @Test
    void withATokenConfiguredTheAddressDoesNotMatter() throws Exception {
        MetricsAccess guarded = new MetricsAccess(Optional.of("s3cret-token"));

        assertEquals(new MetricsAccess.Verdict.Allowed(), guarded.check(Optional.of("Bearer s3cret-token"),
                InetAddress.getByName("203.0.113.7")));
        assertEquals(new MetricsAccess.Verdict.Allowed(), guarded.check(Optional.of("bearer s3cret-token"),
                InetAddress.getByName("203.0.113.7")));
        assertEquals(new MetricsAccess.Verdict.TokenRequired(), guarded.check(Optional.of("Basic s3cret-token"),
                InetAddress.getByName("127.0.0.1")));
        assertEquals(new MetricsAccess.Verdict.TokenRequired(), guarded.check(Optional.empty(),
                InetAddress.getByName("127.0.0.1")));
    }
}
