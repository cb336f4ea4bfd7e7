package dev.glyphic.integrations.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.glyphic.application.port.out.execution.HttpCalls;
import dev.glyphic.application.port.out.execution.HttpCalls.HttpOutcome;
import dev.glyphic.application.port.out.execution.HttpCalls.Responded;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The HttpCalls contract, run against {@link JdkHttpCalls} and its SSRF guard, and the guard's host allow-list. */
class JdkHttpCallsTest extends HttpCallsContract {

    @Override
    protected HttpCalls adapter() {
        return new JdkHttpCalls(new SsrfGuard(SsrfSettings.NONE));
    }

    @Override
    protected HttpCalls adapterOpenToLoopback() {
        return new JdkHttpCalls(new SsrfGuard(SsrfSettings.of(Set.of(), List.of("127.0.0.1/32"))));
    }

    @Test
    void an_allowed_host_name_opens_it() {
        JdkHttpCalls byName = new JdkHttpCalls(new SsrfGuard(SsrfSettings.of(Set.of("localhost"), List.of())));

        HttpOutcome outcome = byName.call(get(URI.create("http://localhost:" + port() + "/echo")));

        assertEquals(201, assertInstanceOf(Responded.class, outcome).status());
    }
}
