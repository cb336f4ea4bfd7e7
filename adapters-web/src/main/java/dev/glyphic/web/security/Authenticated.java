package dev.glyphic.web.security;

import io.micronaut.core.bind.annotation.Bindable;
import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller's argument holding the authenticated {@code Caller}, bound by {@link CallerBinder}. The caller comes
 * from the request's credentials, not from a parameter of the operation, so the OpenAPI document leaves it out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Bindable
@Parameter(hidden = true)
public @interface Authenticated {
}
