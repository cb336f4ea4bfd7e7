package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The If-Match header of a change to a versioned resource. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(description = "The ETag of the version the change is based on (428 without, 412 when stale)",
        schema = @Schema(type = "string", maxLength = 20))
public @interface IfMatchParam {
}
