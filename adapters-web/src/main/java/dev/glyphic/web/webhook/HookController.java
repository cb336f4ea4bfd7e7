package dev.glyphic.web.webhook;

import dev.glyphic.application.port.in.webhook.ReceiveWebhook;
import dev.glyphic.application.port.in.webhook.ReceiveWebhook.Answer;
import dev.glyphic.web.problem.Problem;
import dev.glyphic.web.problem.Problems;
import dev.glyphic.web.workflow.JsonTree;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public URL of every webhook, {@code /hooks/{path}}: no bearer token (the signature is the proof), outside the
 * API's rate limits (each webhook has its own), the body taken as raw bytes because signatures are over them.
 * Documented in docs/api.md rather than the OpenAPI document, which describes the authenticated API.
 */
@Controller("/hooks")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Hidden
public final class HookController {
    private final ReceiveWebhook receive;

    public HookController(ReceiveWebhook receive) {
        this.receive = receive;
    }

    @Post("/{path}")
    public HttpResponse<?> post(@PathVariable String path, @Body @Nullable byte[] body, HttpRequest<?> request) {
        return call(path, body, request);
    }

    @Put("/{path}")
    public HttpResponse<?> put(@PathVariable String path, @Body @Nullable byte[] body, HttpRequest<?> request) {
        return call(path, body, request);
    }

    @Patch("/{path}")
    public HttpResponse<?> patch(@PathVariable String path, @Body @Nullable byte[] body, HttpRequest<?> request) {
        return call(path, body, request);
    }

    @Delete("/{path}")
    public HttpResponse<?> delete(@PathVariable String path, @Body @Nullable byte[] body, HttpRequest<?> request) {
        return call(path, body, request);
    }

    @Get("/{path}")
    public HttpResponse<?> get(@PathVariable String path, HttpRequest<?> request) {
        return call(path, null, request);
    }

    private HttpResponse<?> call(String path, byte[] body, HttpRequest<?> request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> query.put(name, List.copyOf(values)));
        Answer answer = receive.receive(new ReceiveWebhook.Call(path, request.getMethodName(), headers,
                name -> Optional.ofNullable(request.getHeaders().get(name)), query, body == null ? new byte[0] : body));
        return switch (answer) {
            case Answer.Started started -> HttpResponse.status(started.repeated() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                    .body(new WebhookJson.Accepted(started.executionId().toString(), started.repeated()));
            case Answer.Finished finished -> HttpResponse.ok(new WebhookJson.Finished(
                    finished.executionId().toString(), finished.status(), JsonTree.toNode(finished.output())));
            case Answer.NotFound notFound -> Problems.respond(Problems.forStatus(404, "no webhook takes calls here"));
            case Answer.MethodNotAllowed wrong -> Problems.respond(Problems.forStatus(405,
                    "this webhook answers " + wrong.allowed())).header("Allow", wrong.allowed());
            case Answer.TooLarge tooLarge -> Problems.respond(Problems.forStatus(413,
                    "a webhook's body may hold at most " + tooLarge.maxBytes() + " bytes"));
            case Answer.RateLimited limited -> Problems.respondRetryAfter(Problems.forStatus(429,
                    "this webhook takes no more calls now; retry after the Retry-After seconds"), limited.retryAfter());
            case Answer.Unauthorized refused -> Problems.respond(Problem.of("signature-invalid",
                    "Signature not accepted", 401, refused.reason()));
            case Answer.Conflict conflict -> Problems.respond(Problem.of("message-id-reused",
                    "Message id reused", 409, conflict.reason()));
            case Answer.Unreadable unreadable -> Problems.respond(Problem.of("unreadable-body", "Unreadable body",
                    400, unreadable.reason()));
        };
    }
}
