package dev.glyphic.web.openapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A JSON field holding a role in an organization (Role.wireName()). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Schema(type = "string", allowableValues = {"owner", "admin", "member", "viewer"})
public @interface RoleName {
}
