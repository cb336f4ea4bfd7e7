package dev.glyphic.bootstrap.api.fuzz;

import dev.glyphic.bootstrap.api.fuzz.OpenApiOperations.Operation;
import dev.glyphic.bootstrap.api.fuzz.OpenApiOperations.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The requests the fuzz suite sends to one operation: a well-formed baseline (real ids, a plausible body), then
 * the baseline with one thing broken at a time: a path id, a query or header value, a body property, the whole
 * body. Values in paths and queries are written already percent-encoded; body values are raw JSON text, so that
 * what no JSON library would write ({@code 1e999999}, a lone surrogate) can be sent.
 */
final class FuzzCases {
    private static final int PER_TARGET = 5;
    /** NUL, a lone surrogate, an overflowing number, an instant past PostgreSQL's: each was a 500 once. */
    private static final List<String> ALWAYS = List.of("%00", "%ED%A0%80", "%2B300000-01-01T00:00:00Z",
            "\"a\\u0000b\"", "\"\\ud800\"", "1e999999");
    private static final String DEEP = "[".repeat(600) + "]".repeat(600);

    static final List<String> PATH_VALUES = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00",
            "%ED%A0%80", "x".repeat(3000), "-1", "99999999999999999999", "1e999999", "%20", "%25");

    static final List<String> INTEGER_VALUES = List.of("-1", "0", "2147483648", "99999999999999999999",
            "1e999999", "1.5", "abc", "", "%00");

    static final List<String> STRING_VALUES = List.of("%00", "%ED%A0%80", "a".repeat(5000), "",
            "%2B300000-01-01T00:00:00Z", "-200000-01-01T00:00:00Z", "2025-13-45T99:00:00Z", "not-in-any-enum",
            "1e999999", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "__________________________________________");

    static final List<String> HEADER_VALUES = List.of("", "x".repeat(3000), "\"stale\"", "W/\"1\"", "-1",
            "99999999999999999999", "not a value");

    static final List<String> BODY_VALUES = List.of("null", "true", "1", "-1", "99999999999999999999999", "1e999999",
            "-1e-999999", "1.5", "\"\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"" + "x".repeat(20_000) + "\"", "[]", "{}",
            "[\"a\", 1]", "{\"k\\u0000\": 1}", DEEP, "\"not-in-any-enum\"", "\"%2B300000-01-01T00:00:00Z\"");

    static final List<String> WHOLE_BODIES = List.of("", "{", "not json", "[]", "null", "\"text\"", "1e999999",
            "{\"a\": 1, \"a\": 2}", DEEP, "{\"unknownField\": 1}");

    /** One request; {@code field} is what was broken (a parameter or property name), null for the baseline. */
    record Case(Operation operation, String field, String what, String path, String query, Map<String, String> headers,
                String body) {
        @Override
        public String toString() {
            return operation + " [" + what + "] " + shorten(path + (query.isEmpty() ? "" : "?" + query))
                    + (body == null ? "" : " body " + shorten(body));
        }

        private static String shorten(String text) {
            return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + ")";
        }
    }

    private final Random random;
    private final BiFunction<String, String, String> realId;
    private final Map<String, String> realHeaders;
    private final Map<String, String> knownGoodProperties;

    /**
     * @param realId a real value for a path parameter (its name, the path), or null when there is none
     * @param knownGoodProperties body properties whose plausible value the schema alone cannot give (a definition)
     */
    FuzzCases(long seed, BiFunction<String, String, String> realId, Map<String, String> realHeaders,
              Map<String, String> knownGoodProperties) {
        this.random = new Random(seed);
        this.realId = realId;
        this.realHeaders = realHeaders;
        this.knownGoodProperties = knownGoodProperties;
    }

    List<Case> of(Operation op) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                String real = realId.apply(p.name(), op.path());
                path.put(p.name(), real != null ? real : UUID.nameUUIDFromBytes(p.name().getBytes()).toString());
            } else if (p.in().equals("header") && realHeaders.containsKey(p.name())) {
                headers.put(p.name(), realHeaders.get(p.name()));
            }
        }
        Map<String, String> body = op.body().map(this::baseline).orElse(null);
        cases.add(new Case(op, null, "baseline", fill(op.path(), path), "", headers, json(body)));
        for (Parameter p : op.parameters()) {
            switch (p.in()) {
                case "path" -> sample(PATH_VALUES).forEach(v -> cases.add(new Case(op, p.name(), "path " + p.name(),
                        fill(op.path(), with(path, p.name(), v)), "", headers, json(body))));
                case "query" -> sample("integer".equals(p.schema().get("type")) ? INTEGER_VALUES : STRING_VALUES)
                        .forEach(v -> cases.add(new Case(op, p.name(), "query " + p.name(), fill(op.path(), path),
                                p.name() + "=" + v, headers, json(body))));
                case "header" -> sample(HEADER_VALUES).forEach(v -> cases.add(new Case(op, p.name(),
                        "header " + p.name(), fill(op.path(), path), "", with(headers, p.name(), v), json(body))));
                default -> {
                }
            }
        }
        if (body != null) {
            for (String property : body.keySet()) {
                sample(BODY_VALUES).forEach(v -> cases.add(new Case(op, property, "body " + property,
                        fill(op.path(), path), "", headers, json(with(body, property, v)))));
            }
            sample(WHOLE_BODIES).forEach(v -> cases.add(new Case(op, null, "whole body", fill(op.path(), path), "",
                    headers, v)));
        }
        return cases;
    }

    /**
     * The values that once were 500s ({@link #ALWAYS}) and up to {@value #PER_TARGET} others, chosen by the seed:
     * each parameter and property meets a different few, all of them meet some, and the suite stays within a
     * minute. The same seed sends the same requests.
     */
    private List<String> sample(List<String> values) {
        List<String> chosen = new ArrayList<>(values.stream().filter(ALWAYS::contains).toList());
        List<String> others = new ArrayList<>(values.stream().filter(v -> !ALWAYS.contains(v)).toList());
        Collections.shuffle(others, random);
        chosen.addAll(others.subList(0, Math.min(PER_TARGET, others.size())));
        return chosen;
    }

    private Map<String, String> baseline(Map<String, Map<String, Object>> properties) {
        Map<String, String> body = new LinkedHashMap<>();
        properties.forEach((name, schema) -> body.put(name, knownGoodProperties.getOrDefault(name, plausible(schema))));
        return body;
    }

    /** A value of the schema's type: its first enum value, a date for a date, else something simple. */
    private static String plausible(Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.getFirst() instanceof String s ? "\"" + s + "\"" : String.valueOf(values.getFirst());
        }
        Object type = schema.get("type");
        return switch (type == null ? "object" : type.toString()) {
            case "string" -> "date-time".equals(schema.get("format")) ? "\"2025-01-01T00:00:00Z\""
                    : "uuid".equals(schema.get("format")) ? "\"" + UUID.nameUUIDFromBytes(new byte[0]) + "\"" : "\"fuzz\"";
            case "integer", "number" -> schema.get("minimum") instanceof Number min ? String.valueOf(min) : "1";
            case "boolean" -> "false";
            case "array" -> "[]";
            default -> "{}";
        };
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        return path;
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static String json(Map<String, String> body) {
        if (body == null) {
            return null;
        }
        return body.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
