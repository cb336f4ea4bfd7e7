package dev.glyphic.web.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonLimits;
import java.io.IOException;

/**
 * Reads request strings within {@link JsonLimits}, refusing those PostgreSQL cannot store (NUL, unpaired
 * surrogates): they would otherwise fail deep in a statement as a 500 instead of a 400 that names the field.
 */
public final class StorableStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null) {
            var breach = JsonLimits.check(Json.of(value));
            if (breach.isPresent()) {
                throw new JsonBreach(parser, breach.get());
            }
        }
        return value;
    }
}
