package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where the document shows a JSON value of any kind (a workflow definition, run input and output, log data):
 * openapi.properties maps Jackson's {@code JsonNode} here. micronaut-openapi writes it as {@code type: object}
 * (OpenAPI 3.0 has no type for "any", and the generator fills one in); generated clients read it as a plain object.
 */
@Schema(description = "Any JSON value (object, array, string, number, boolean or null)", nullable = true)
public final class AnyJson {
    private AnyJson() {
    }
}
