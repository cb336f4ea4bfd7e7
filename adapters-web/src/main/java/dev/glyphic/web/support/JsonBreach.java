package dev.glyphic.web.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.glyphic.domain.json.JsonLimits;

/**
 * A request value that breaks {@link JsonLimits}, found while the body is read. Jackson adds the path of the field
 * it sits in; {@code inside} says where within that field's value (for free-form JSON such as a run's input), so
 * the problem points at the very string or number.
 */
public final class JsonBreach extends JsonMappingException {
    private final String code;
    private final String inside;

    public JsonBreach(JsonParser parser, JsonLimits.Breach breach) {
        super(parser, breach.message());
        this.code = breach.code();
        this.inside = breach.at().value();
    }

    public String code() {
        return code;
    }

    /** A JSON Pointer relative to the field's value; empty when the field itself breaks the limit. */
    public String inside() {
        return inside;
    }
}
