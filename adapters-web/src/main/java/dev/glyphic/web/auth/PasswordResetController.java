package dev.glyphic.web.auth;

import dev.glyphic.application.port.in.auth.ResetPassword;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.NewPassword;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.web.auth.EmailJson.PasswordResetConfirmRequest;
import dev.glyphic.web.auth.EmailJson.PasswordResetRequest;
import dev.glyphic.web.openapi.ReturnsAccepted;
import dev.glyphic.web.openapi.ReturnsNoContent;
import dev.glyphic.web.problem.ProblemResponses;
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

/** A forgotten password, replaced through a single-use link mailed to the account's address. */
@Controller("/api/v1/auth/password-reset")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "auth")
public final class PasswordResetController {
    private final ResetPassword resetPassword;

    public PasswordResetController(ResetPassword resetPassword) {
        this.resetPassword = resetPassword;
    }

    @Post
    @Status(HttpStatus.ACCEPTED)
    @ReturnsAccepted
    @SecurityRequirements
    @Operation(operationId = "requestPasswordReset", summary = "Mail a password-reset link to the address",
            description = "Answers 202 whether or not an account has this address, so that it reveals none. At most "
                    + "one mail per account a minute; the link works once, for 30 minutes.")
    public void request(@Body PasswordResetRequest body) {
        Validation v = new Validation();
        Email email = v.required("email", body.email(), Email::of);
        v.check();
        resetPassword.request(email);
    }

    @Post("/confirm")
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @SecurityRequirements
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with the token of the mailed link",
            description = "Ends every session of the account (refresh and access tokens stop working); sign in "
                    + "again with the new password. Also verifies the address, since the link reached it.")
    public void confirm(@Body PasswordResetConfirmRequest body) {
        Validation v = new Validation();
        String token = v.required("token", body.token(), t -> t);
        NewPassword password = v.required("newPassword", body.newPassword(), NewPassword::of);
        v.check();
        resetPassword.confirm(new ResetPassword.Confirm(token, password));
    }
}
