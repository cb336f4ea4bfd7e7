package dev.glyphic.web.support;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header: what the API is and how callers authenticate. */
@OpenAPIDefinition(
        info = @Info(title = "Glyphic API", version = "v1",
                description = "Multi-tenant backend for content-automation teams. Errors are application/problem+json "
                        + "(RFC 9457); lists are {items, nextCursor}."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An access token from /api/v1/auth/login, an organization API key (gk_…), or a token of the "
                + "configured OpenID Connect issuer")
public final class GlyphicApi {
    private GlyphicApi() {
    }
}
