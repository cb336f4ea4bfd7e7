package dev.glyphic.web.auth;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.ChangePassword;
import dev.glyphic.application.port.in.auth.LogIn;
import dev.glyphic.application.port.in.auth.LogOut;
import dev.glyphic.application.port.in.auth.RefreshSession;
import dev.glyphic.application.port.in.auth.SignUp;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.NewPassword;
import dev.glyphic.domain.shared.Validation;
import dev.glyphic.web.auth.AuthJson.ChangePasswordRequest;
import dev.glyphic.web.auth.AuthJson.LogInRequest;
import dev.glyphic.web.auth.AuthJson.RefreshRequest;
import dev.glyphic.web.auth.AuthJson.SignUpRequest;
import dev.glyphic.web.auth.AuthJson.Tokens;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.openapi.ReturnsCreated;
import dev.glyphic.web.openapi.ReturnsNoContent;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import dev.glyphic.web.support.Created;
import dev.glyphic.web.support.Locations;
import dev.glyphic.web.support.Origins;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "auth")
public final class AuthController {
    private final SignUp signUp;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final ChangePassword changePassword;

    public AuthController(SignUp signUp, LogIn logIn, RefreshSession refreshSession, LogOut logOut,
                          ChangePassword changePassword) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.changePassword = changePassword;
    }

    @Post("/signup")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    @ReturnsCreated
    @Operation(operationId = "signUp", summary = "Create an account with email and password, and sign in")
    public HttpResponse<Tokens> signUp(@Body SignUpRequest body, HttpRequest<?> request) {
        Validation v = new Validation();
        Email email = v.required("email", body.email(), Email::of);
        NewPassword password = v.required("password", body.password(), NewPassword::of);
        DisplayName name = v.required("name", body.name(), DisplayName::of);
        v.check();
        return Created.at(Locations.me(), Tokens.of(signUp.signUp(new SignUp.Command(email, password, name,
                Origins.of(request)))));
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Returns
    @Operation(operationId = "logIn",
            summary = "Sign in with email and password; repeated failures for an address answer 429")
    public Tokens logIn(@Body LogInRequest body, HttpRequest<?> request) {
        Validation v = new Validation();
        Email email = v.required("email", body.email(), Email::of);
        String password = v.required("password", body.password(), p -> p);
        v.check();
        return Tokens.of(logIn.logIn(new LogIn.Command(email, password, Origins.of(request))));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Returns
    @Operation(operationId = "refreshSession",
            summary = "Trade a refresh token for a new pair; reusing a spent one ends the session")
    public Tokens refresh(@Body RefreshRequest body) {
        Validation v = new Validation();
        String token = v.required("refreshToken", body.refreshToken(), t -> t);
        v.check();
        return Tokens.of(refreshSession.refresh(token));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @ReturnsNoContent
    @Operation(operationId = "logOut", summary = "End the current session: its refresh and access tokens stop working")
    public void logOut(@Authenticated Caller caller) {
        logOut.logOut(caller);
    }

    @Post("/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Returns
    @Operation(operationId = "changePassword",
            summary = "Change the password; every session ends and a fresh one is returned")
    public Tokens changePassword(@Body ChangePasswordRequest body, @Authenticated Caller caller) {
        Validation v = new Validation();
        String current = v.required("currentPassword", body.currentPassword(), p -> p);
        NewPassword replacement = v.required("newPassword", body.newPassword(), NewPassword::of);
        v.check();
        return Tokens.of(changePassword.change(caller,
                new ChangePassword.Command(current, replacement)));
    }
}
