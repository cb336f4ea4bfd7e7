package dev.glyphic.web.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Decides which address a request came from, once, before authentication and throttles ask: the peer, unless the
 * peer is a proxy the operator trusts ({@code GLYPHIC_TRUSTED_PROXIES}); then {@code X-Forwarded-For} is read from
 * the right, skipping trusted hops, and the first address not trusted is the client. Anything else a client writes
 * into the header is ignored, so a client cannot pick the address it is throttled under.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public final class ClientAddressFilter implements HttpServerFilter {
    static final String ATTRIBUTE = "glyphic.client-address";

    private final List<Network> trusted;

    public ClientAddressFilter(TrustedProxies proxies) {
        this.trusted = proxies.networks();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        clientOf(request).ifPresent(address -> request.setAttribute(ATTRIBUTE, address.getHostAddress()));
        return chain.proceed(request);
    }

    private Optional<InetAddress> clientOf(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return Optional.empty();
        }
        InetAddress client = remote.getAddress();
        if (!isTrusted(client)) {
            return Optional.of(client);
        }
        List<String> hops = request.getHeaders().getAll("X-Forwarded-For").stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(","))).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = Network.literal(hops.get(i));
            if (hop.isEmpty()) {
                break; // garbage in the chain: the last trusted hop is as far as we can vouch for
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        return Optional.of(client);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(network -> network.contains(address));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    /** The proxies whose {@code X-Forwarded-For} is believed; none by default. */
    public record TrustedProxies(List<Network> networks) {
        public TrustedProxies {
            networks = List.copyOf(networks);
        }
    }
}
