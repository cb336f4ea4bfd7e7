package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A JSON field holding an instant: ISO-8601 in UTC, such as 2025-01-31T12:00:00Z. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Schema(format = "date-time", maxLength = 35)
public @interface Timestamp {
}
