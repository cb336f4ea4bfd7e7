package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A time filter: an ISO-8601 instant such as 2025-01-31T12:00:00Z. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(schema = @Schema(type = "string", format = "date-time", maxLength = 35))
public @interface InstantParam {
}
