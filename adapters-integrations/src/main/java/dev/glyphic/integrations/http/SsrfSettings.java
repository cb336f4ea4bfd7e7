package dev.glyphic.integrations.http;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What configuration opens past the SSRF guard: host names (matched exactly, case-insensitively, against the URL's
 * host, whatever they resolve to) and networks (matched against each resolved address). Empty by default.
 */
public record SsrfSettings(Set<String> allowedHosts, List<Cidr> allowedNetworks) {
    public static final SsrfSettings NONE = new SsrfSettings(Set.of(), List.of());

    public SsrfSettings {
        allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        allowedNetworks = List.copyOf(allowedNetworks);
    }

    /** From configuration text: host names, and networks in CIDR notation. */
    public static SsrfSettings of(Set<String> hosts, List<String> networks) {
        return new SsrfSettings(hosts, networks.stream().map(Cidr::parse).toList());
    }
}
