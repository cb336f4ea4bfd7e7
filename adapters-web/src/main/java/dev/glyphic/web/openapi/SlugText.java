package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A JSON field holding a slug (Slug: lower-case letters, digits and single hyphens, 2 to 63 characters). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Schema(maxLength = 63, pattern = "^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,62}$")
public @interface SlugText {
}
