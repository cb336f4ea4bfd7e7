package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A workflow version number (1, 2, …). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(schema = @Schema(type = "string", maxLength = 9, pattern = "^[1-9][0-9]{0,8}$"))
public @interface VersionParam {
}
