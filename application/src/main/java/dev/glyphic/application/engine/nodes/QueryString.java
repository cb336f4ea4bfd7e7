package dev.glyphic.application.engine.nodes;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Adds query parameters to a URL, each name and value percent-encoded (a space as {@code %20}, not the
 * form-encoding {@code +}, which not every server reads as a space). An array value repeats the parameter; a null
 * value leaves it out.
 */
final class QueryString {
    private QueryString() {
    }

    static String append(String url, Json.Obj parameters) {
        StringBuilder query = new StringBuilder();
        parameters.fields().forEach((name, value) -> {
            if (value instanceof Json.Arr items) {
                items.items().forEach(item -> add(query, name, item));
            } else {
                add(query, name, value);
            }
        });
        if (query.isEmpty()) {
            return url;
        }
        int fragment = url.indexOf('#');
        String base = fragment < 0 ? url : url.substring(0, fragment);
        String rest = fragment < 0 ? "" : url.substring(fragment);
        String separator = !base.contains("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        return base + separator + query + rest;
    }

    private static void add(StringBuilder query, String name, Json value) {
        String text = switch (value) {
            case Json.Null n -> null;
            case Json.Str s -> s.value();
            default -> JsonText.write(value);
        };
        if (text == null) {
            return;
        }
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(encode(name)).append('=').append(encode(text));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
