package dev.glyphic.bootstrap.api.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The operations of the served OpenAPI document, read as plain maps so that the fuzz suite follows whatever the
 * document says today: paths, parameters (path, query, header) and the top-level properties of JSON bodies.
 */
record OpenApiOperations(List<Operation> operations) {
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    record Parameter(String name, String in, Map<String, Object> schema) {
    }

    /** {@code body}: the JSON body's top-level properties and their (resolved) schemas, when it takes one. */
    record Operation(String method, String path, List<Parameter> parameters,
                     Optional<Map<String, Map<String, Object>>> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    static OpenApiOperations parse(String yaml) {
        Map<String, Object> document = new Yaml().load(yaml);
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            Map<String, Object> pathItem = (Map<String, Object>) item;
            List<Object> shared = (List<Object>) pathItem.getOrDefault("parameters", List.of());
            for (String method : METHODS) {
                if (!(pathItem.get(method) instanceof Map<?, ?> found)) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) found;
                Map<String, Parameter> parameters = new LinkedHashMap<>();
                List<Object> all = new ArrayList<>(shared);
                all.addAll((List<Object>) op.getOrDefault("parameters", List.of()));
                for (Object raw : all) {
                    Map<String, Object> p = resolve(document, (Map<String, Object>) raw);
                    Map<String, Object> schema = p.get("schema") instanceof Map<?, ?> s
                            ? resolve(document, (Map<String, Object>) s) : Map.of();
                    parameters.put(p.get("in") + " " + p.get("name"),
                            new Parameter((String) p.get("name"), (String) p.get("in"), schema));
                }
                operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path,
                        List.copyOf(parameters.values()), body(document, op)));
            }
        });
        return new OpenApiOperations(List.copyOf(operations));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Map<String, Object>>> body(Map<String, Object> document,
                                                                  Map<String, Object> op) {
        if (!(op.get("requestBody") instanceof Map<?, ?> requestBody)) {
            return Optional.empty();
        }
        Map<String, Object> body = resolve(document, (Map<String, Object>) requestBody);
        if (!(body.get("content") instanceof Map<?, ?> content)
                || !(content.get("application/json") instanceof Map<?, ?> json)) {
            return Optional.empty();
        }
        Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        if (json.get("schema") instanceof Map<?, ?> schema) {
            collect(document, resolve(document, (Map<String, Object>) schema), properties);
        }
        return Optional.of(properties);
    }

    /** The properties of an object schema, also those of each part of an {@code allOf}. */
    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> document, Map<String, Object> schema,
                                Map<String, Map<String, Object>> into) {
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((name, property) -> into.put((String) name,
                    resolve(document, (Map<String, Object>) property)));
        }
        if (schema.get("allOf") instanceof List<?> parts) {
            parts.forEach(part -> collect(document, resolve(document, (Map<String, Object>) part), into));
        }
    }

    /** Follows local {@code $ref}s ({@code #/components/...}) until a schema or object that is not one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int hops = 0; hops < 10 && current.get("$ref") instanceof String ref && ref.startsWith("#/"); hops++) {
            Object target = document;
            for (String part : ref.substring(2).split("/")) {
                target = ((Map<String, Object>) target).get(part.replace("~1", "/").replace("~0", "~"));
            }
            current = (Map<String, Object>) target;
        }
        return current;
    }
}
