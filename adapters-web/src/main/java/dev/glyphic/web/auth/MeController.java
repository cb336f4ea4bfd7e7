package dev.glyphic.web.auth;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.ShowMe;
import dev.glyphic.web.auth.AuthJson.UserJson;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "auth")
public final class MeController {
    private final ShowMe showMe;

    public MeController(ShowMe showMe) {
        this.showMe = showMe;
    }

    @Get
    @Returns
    @Operation(operationId = "showMe", summary = "The signed-in person")
    public UserJson me(@Authenticated Caller caller) {
        return UserJson.of(showMe.me(caller));
    }
}
