package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The opaque cursor of a list, as the previous page handed it out (URL-safe base64). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(description = "The nextCursor of the previous page",
        schema = @Schema(type = "string", maxLength = 2048, pattern = "^[A-Za-z0-9_-]+$"))
public @interface CursorParam {
}
