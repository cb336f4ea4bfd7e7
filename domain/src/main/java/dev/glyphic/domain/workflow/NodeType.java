package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Violation;
import java.util.List;
import java.util.Map;

/**
 * A kind of node: what it is for, what it takes and gives, and how it is configured. Adding a type is one class
 * implementing this, plus its line in {@link NodeCatalogue#standard()}.
 */
public interface NodeType {

    /** The stable id used in definitions as {@code data.nodeType}, e.g. {@code http.request}. */
    String id();

    NodeCategory category();

    String description();

    List<FieldSpec> fields();

    /** Input handles. Triggers have none: nothing may flow into a trigger. */
    List<Handle> inputs();

    /** Output handles; some types derive them from their configuration (a switch has one per case). */
    List<Handle> outputs(Map<String, Json> fields);

    /**
     * Rules across fields that a per-field schema cannot say (duplicate switch cases, say). Pointers are field names.
     * The validator passes only the fields that are present and passed their per-field checks.
     */
    default List<Violation> crossFieldViolations(Map<String, Json> fields) {
        return List.of();
    }

    /**
     * Credentials written into the fields as literal text rather than computed at run time, which must not travel in
     * a public template ({@link LiteralSecrets}). Fields of type {@link FieldType#SECRET_REF} are checked for every
     * type; this names what only the type knows (an {@code Authorization} header, say). Pointers are field names.
     */
    default List<Violation> literalSecrets(Map<String, Json> fields) {
        return List.of();
    }

    default boolean isTrigger() {
        return category() == NodeCategory.TRIGGER;
    }
}
