package dev.glyphic.web.auth;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.VerifyEmail;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.web.auth.AuthJson.UserJson;
import dev.glyphic.web.auth.EmailJson.TokenRequest;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsAccepted;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
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
    @Returns
    @Operation(operationId = "verifyEmail", summary = "Confirm an email address with the token of the mailed link",
            description = "Works signed in or not: the token proves the mailbox. Single use; valid 24 hours.")
    public UserJson verify(@Body TokenRequest body) {
        Validation v = new Validation();
        String token = v.required("token", body.token(), t -> t);
        v.check();
        return UserJson.of(verifyEmail.verify(token));
    }

    @Post("/resend")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.ACCEPTED)
    @ReturnsAccepted
    @Operation(operationId = "resendEmailVerification",
            summary = "Mail a fresh verification link to the signed-in person's address (at most once a minute)")
    public void resend(@Authenticated Caller caller) {
        verifyEmail.resend(caller);
    }
}
