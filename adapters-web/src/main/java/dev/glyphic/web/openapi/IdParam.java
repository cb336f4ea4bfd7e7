package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An id in a path or query: a UUID (anything else in a path answers 404, see {@code PathIdConverters}). Its type
 * is set here, not taken from the argument, so that a typed id ({@code OrgId}) shows as the string clients send.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Schema(type = "string", format = "uuid", maxLength = 36)
public @interface IdParam {
}
