package dev.glyphic.web.support;

import dev.glyphic.application.port.in.auth.RequestOrigin;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Where a request came from: the client address as {@link ClientAddressFilter} decided it (the peer, or what a
 * trusted proxy forwarded) and the user agent, cut to a sane length.
 */
public final class Origins {
    private static final int MAX_USER_AGENT = 512;

    private Origins() {
    }

    public static RequestOrigin of(HttpRequest<?> request) {
        Optional<String> ip = request.getAttribute(ClientAddressFilter.ATTRIBUTE, String.class).or(() -> {
            InetSocketAddress remote = request.getRemoteAddress();
            return Optional.ofNullable(remote)
                    .map(a -> a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress());
        });
        Optional<String> agent = request.getHeaders().findFirst(HttpHeaders.USER_AGENT)
                .map(ua -> ua.length() > MAX_USER_AGENT ? ua.substring(0, MAX_USER_AGENT) : ua);
        return new RequestOrigin(ip, agent);
    }
}
