package dev.glyphic.domain.outbound;

import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where deliveries go: an absolute http(s) URL without user info, at most 2,000 characters. Whether its host may be
 * reached is the SSRF guard's question, asked on every attempt (a name can resolve elsewhere tomorrow).
 */
public record EndpointUrl(URI value) {
    private static final int MAX = 2_000;

    public static EndpointUrl parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX) {
            throw invalid("the url is 1 to " + MAX + " characters");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw invalid("the url is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw invalid("the url must be an absolute http or https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("the url must not carry a user or password");
        }
        return new EndpointUrl(uri);
    }

    private static DomainException.Invalid invalid(String message) {
        return new DomainException.Invalid(Violation.of("url", "invalid_url", message));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
