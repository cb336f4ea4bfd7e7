package dev.glyphic.web.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import dev.glyphic.domain.json.StorableText;
import java.io.IOException;

/**
 * Reads request strings, refusing those PostgreSQL cannot store (NUL, unpaired surrogates): they would otherwise
 * fail deep in a statement as a 500 instead of a 400 that names the field.
 */
public final class StorableStrings extends StringDeserializer {

    /** The refusal, recognisable by the error mapping. */
    public static final class Unstorable extends JsonMappingException {
        Unstorable(JsonParser parser) {
            super(parser, "text may not contain NUL characters or unpaired surrogates");
        }
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && !StorableText.isStorable(value)) {
            throw new Unstorable(parser);
        }
        return value;
    }
}
