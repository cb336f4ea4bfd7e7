package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds credentials pasted into a definition. A public template is read by every organization, so it may carry a
 * reference to a secret or an expression that computes one at run time, never the secret itself.
 *
 * <p>What counts as a literal: a field the catalogue declares a secret reference ({@link FieldType#SECRET_REF}) that
 * holds anything but the id of a stored connection (a UUID), and what a node type names itself
 * ({@link NodeType#literalSecrets}), such as an {@code Authorization} header of an {@code http.request} with a
 * written-out value.
 */
public final class LiteralSecrets {
    public static final String CODE = "literal_secret";

    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    /** Header names that carry credentials, exactly or as part of the name ({@code X-Auth-Token}). */
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "proxy-authorization", "x-api-key",
            "cookie");
    private static final List<String> SENSITIVE_PARTS = List.of("auth", "token", "secret", "api-key", "apikey",
            "password", "session");
    /** What may stand beside an expression in a credential value: an authentication scheme ({@code Bearer }). */
    private static final Pattern SCHEME_ONLY = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*$");

    private final NodeCatalogue catalogue;

    public LiteralSecrets(NodeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every literal secret in the document, each pointing at the value that holds it. */
    public List<Violation> find(Json document) {
        Optional<WorkflowDefinition> read = DefinitionReader.read(document).definition();
        if (read.isEmpty()) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>();
        for (WorkflowDefinition.Node node : read.get().nodes()) {
            Optional<NodeType> type = catalogue.find(node.nodeType());
            if (type.isEmpty()) {
                continue;
            }
            JsonPointer fieldsAt = node.at().at("data").at("fields");
            for (FieldSpec spec : type.get().fields()) {
                if (spec.type() == FieldType.SECRET_REF && node.fields().get(spec.name()) instanceof Json.Str value
                        && !value.value().isBlank() && !UUID.matcher(value.value().strip()).matches()) {
                    found.add(new Violation(fieldsAt.at(spec.name()).value(), CODE, spec.name()
                            + " must reference a stored connection by its id, not hold a credential"));
                }
            }
            for (Violation v : type.get().literalSecrets(node.fields())) {
                found.add(new Violation(fieldsAt.value() + v.pointer(), v.code(), v.message()));
            }
        }
        return found;
    }

    /** Whether a header of this name carries a credential. */
    public static boolean sensitiveHeader(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return SENSITIVE_HEADERS.contains(lower) || SENSITIVE_PARTS.stream().anyMatch(lower::contains);
    }

    /**
     * Whether a credential value is written out rather than computed: it is computed when it is made of
     * expressions with no quoted text in them (so {@code {{ "sk-…" }}} is still a literal), beside at most an
     * authentication scheme ({@code "Bearer {{ $input.token }}"}).
     */
    public static boolean literal(Json value) {
        if (!(value instanceof Json.Str str)) {
            return !(value instanceof Json.Null);
        }
        String text = str.value();
        if (text.isBlank()) {
            return false;
        }
        if (!(Templates.parse(text) instanceof Templates.Parsed.Expressions parsed) || parsed.expressions().isEmpty()) {
            return true;
        }
        if (parsed.expressions().stream().anyMatch(LiteralSecrets::quotesText)) {
            return true;
        }
        String outside = text.replaceAll("\\{\\{.*?}}", " ").strip();
        return !outside.isEmpty() && !SCHEME_ONLY.matcher(outside).matches();
    }

    private static boolean quotesText(String expression) {
        return expression.indexOf('"') >= 0 || expression.indexOf('\'') >= 0 || expression.indexOf('`') >= 0;
    }
}
