package dev.glyphic.web.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document that the build generates from the controllers. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public final class OpenApiController {
    static final String SPEC = "META-INF/swagger/glyphic.yml";
    private final byte[] spec;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException(SPEC + " is missing: the build did not generate the OpenAPI spec");
            }
            spec = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    public HttpResponse<byte[]> spec() {
        return HttpResponse.ok(spec).contentType("application/yaml");
    }
}
