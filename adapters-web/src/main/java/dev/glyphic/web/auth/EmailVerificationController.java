package dev.glyphic.web.auth;

import dev.glyphic.application.port.in.VerifyEmail;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.web.auth.AuthJson.UserJson;
import dev.glyphic.web.auth.EmailJson.TokenRequest;
import dev.glyphic.web.problem.Problem;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Callers;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Proving an email address with the link mailed at sign-up. */
@Controller("/api/v1/auth/verify-email")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "auth")
public final class EmailVerificationController {
    private final VerifyEmail verifyEmail;

    public EmailVerificationController(VerifyEmail verifyEmail) {
        this.verifyEmail = verifyEmail;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @Operation(operationId = "verifyEmail", summary = "Confirm an email address with the token of the mailed link",
            description = "Works signed in or not: the token proves the mailbox. Single use; valid 24 hours.")
    @ApiResponse(responseCode = "200", description = "the address is verified; the account as it is now",
            content = @Content(schema = @Schema(implementation = UserJson.class)))
    @ApiResponse(responseCode = "404", description = "no such link", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "link-used, link-expired, or link-stale (sent to an address the "
            + "account no longer has)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "no token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public UserJson verify(@Body TokenRequest body) {
        Validation v = new Validation();
        String token = v.required("token", body.token(), t -> t);
        v.check();
        return UserJson.of(verifyEmail.verify(token));
    }

    @Post("/resend")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.ACCEPTED)
    @Operation(operationId = "resendEmailVerification",
            summary = "Mail a fresh verification link to the signed-in person's address (at most once a minute)")
    @ApiResponse(responseCode = "202", description = "a new link is on its way; older ones still work")
    @ApiResponse(responseCode = "409", description = "email-already-verified",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "a link was sent less than a minute ago",
            headers = @Header(name = "Retry-After", description = "seconds to wait",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "60")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void resend(Authentication authentication) {
        verifyEmail.resend(Callers.of(authentication));
    }
}
