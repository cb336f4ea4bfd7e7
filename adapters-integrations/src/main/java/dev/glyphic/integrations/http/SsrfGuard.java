package dev.glyphic.integrations.http;

import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a workflow may call a URL and the addresses its host resolves to. A workflow author controls the
 * URL, so without this guard a run could read cloud metadata (169.254.169.254), an internal admin port or a
 * database on our own network. Forbidden by default: loopback, unspecified, private, shared (CGNAT), link-local,
 * multicast, broadcast and reserved ranges, and IPv6 forms that carry such an IPv4 address (mapped, compatible,
 * 6to4, NAT64). The settings' allow-list opens named hosts or networks.
 */
public final class SsrfGuard {
    private static final List<Cidr> FORBIDDEN = Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "100::/64", "2001:db8::/32", "2001::/32", "fc00::/7", "fe80::/10", "fec0::/10",
            "ff00::/8").map(Cidr::parse).toList();
    /** IPv6 prefixes whose last (or, for 6to4, second to fifth) bytes are an IPv4 address to judge instead. */
    private static final Cidr MAPPED = Cidr.parse("::ffff:0:0/96");
    private static final Cidr COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private final SsrfSettings settings;

    public SsrfGuard(SsrfSettings settings) {
        this.settings = settings;
    }

    /** Why the URL may not be called at all, before any lookup: only absolute http(s) with a host, no user info. */
    public Optional<String> urlProblem(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.of("only absolute http and https URLs can be called");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return Optional.of("credentials in the URL are not accepted; send them in a header");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("the URL has no host");
        }
        return Optional.empty();
    }

    /** Why {@code address}, one of the addresses {@code host} resolved to, may not be called; empty when it may. */
    public Optional<String> addressProblem(String host, InetAddress address) {
        if (settings.allowedHosts().contains(normalise(host))
                || settings.allowedNetworks().stream().anyMatch(n -> n.contains(address))) {
            return Optional.empty();
        }
        return forbidden(address.getAddress())
                ? Optional.of(host + " resolves to " + address.getHostAddress()
                        + ", an internal or reserved address; an allow-list entry in configuration can open it")
                : Optional.empty();
    }

    private static boolean forbidden(byte[] bytes) {
        if (bytes.length == 16) {
            Optional<byte[]> embedded = embeddedIpv4(bytes);
            if (embedded.isPresent()) {
                return forbidden(embedded.get());
            }
        }
        return FORBIDDEN.stream().anyMatch(n -> n.contains(bytes));
    }

    private static Optional<byte[]> embeddedIpv4(byte[] v6) {
        // :: and ::1 fall in the compatible range too and come out as 0.0.0.0 and 0.0.0.1, both forbidden.
        if (MAPPED.contains(v6) || NAT64.contains(v6) || COMPATIBLE.contains(v6)) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16));
        }
        if (SIX_TO_FOUR.contains(v6)) {
            return Optional.of(Arrays.copyOfRange(v6, 2, 6));
        }
        return Optional.empty();
    }

    private static String normalise(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        // A URL writes an IPv6 literal in brackets; a trailing dot names the same host as without it.
        lower = lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
