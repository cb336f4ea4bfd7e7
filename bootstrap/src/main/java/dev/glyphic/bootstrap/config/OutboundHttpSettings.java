package dev.glyphic.bootstrap.config;

import dev.glyphic.integrations.http.SsrfSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.HashSet;
import java.util.List;

/**
 * What the {@code http.request} node may reach and read ({@code glyphic.http.*}, from the {@code GLYPHIC_HTTP_*}
 * variables in application.yml). Loopback, private and metadata addresses stay shut unless listed here.
 *
 * @param allowHosts       host names opened although they resolve to such addresses
 * @param allowNetworks    CIDRs opened the same way
 * @param maxResponseBytes a response above this is refused
 */
@ConfigurationProperties("glyphic.http")
public record OutboundHttpSettings(List<String> allowHosts, List<String> allowNetworks, long maxResponseBytes) {

    public OutboundHttpSettings {
        allowHosts = nonBlank(allowHosts);
        allowNetworks = nonBlank(allowNetworks);
    }

    public SsrfSettings ssrf() {
        return SsrfSettings.of(new HashSet<>(allowHosts), allowNetworks);
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
