package dev.glyphic.web.support;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The OpenAPI document's header: what the API is and how callers authenticate. */
@OpenAPIDefinition(
        info = @Info(title = "Glyphic API", version = "v1",
                description = "Multi-tenant backend for content-automation teams. Errors are application/problem+json "
                        + "(RFC 9457); lists are {items, nextCursor}."),
        security = @SecurityRequirement(name = "bearer"),
        tags = {
                @Tag(name = "auth", description = "Accounts, sessions and tokens"),
                @Tag(name = "organizations", description = "Tenants: the organizations a person belongs to"),
                @Tag(name = "members", description = "People in an organization and their roles"),
                @Tag(name = "invitations", description = "Bringing people into an organization"),
                @Tag(name = "workspaces", description = "Workspaces inside an organization"),
                @Tag(name = "api-keys", description = "Organization API keys for machines"),
                @Tag(name = "audit", description = "Who did what in an organization"),
                @Tag(name = "workflows", description = "Workflow definitions, their versions and the node catalogue"),
                @Tag(name = "templates", description = "Workflow templates, private or public"),
                @Tag(name = "executions", description = "Runs of workflows, their logs and live events"),
                @Tag(name = "approvals", description = "Human decisions that waiting runs ask for")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An access token from /api/v1/auth/login, an organization API key (gk_…), or a token of the "
                + "configured OpenID Connect issuer")
public final class GlyphicApi {
    private GlyphicApi() {
    }
}
