package dev.glyphic.integrations.http;

import dev.glyphic.application.port.out.execution.HttpCalls;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link HttpCalls} over the JDK's {@link HttpClient}: the URL is checked, its host resolved once and every address
 * it resolves to vetted by the {@link SsrfGuard}; one forbidden address refuses the call. Redirects are never
 * followed, and no proxy is used, so the connection goes where the guard looked.
 *
 * <p><b>DNS rebinding, the residual risk.</b> The JDK client cannot be handed the vetted address: it resolves the
 * host again when it connects. Rewriting the URL to the IP would break TLS (SNI and certificate checks use the
 * URL's host) and needs the restricted {@code Host} header opened JVM-wide
 * ({@code jdk.httpclient.allowRestrictedHeaders}), so we keep the host name. The second lookup normally hits the
 * JVM's positive DNS cache filled by our own lookup ({@code networkaddress.cache.ttl}, 30 seconds by default), and
 * so returns the vetted answer; but a name whose cache entry expires between the two lookups, or a JVM run with that
 * TTL set to 0, lets a hostile DNS server answer a public address to the guard and an internal one to the client.
 * Closing that fully needs address pinning (a resolver under our control, or an egress proxy that applies the same
 * rules); until then, deployments should keep the cache TTL above zero and block metadata addresses at the network.
 */
public final class JdkHttpCalls implements HttpCalls {
    private final SsrfGuard guard;
    private final HttpClient client;

    public JdkHttpCalls(SsrfGuard guard) {
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    @Override
    public HttpOutcome call(HttpCall call) {
        URI uri = call.uri();
        Optional<String> urlProblem = guard.urlProblem(uri);
        if (urlProblem.isPresent()) {
            return new Refused(RefusalReason.INVALID_URL, urlProblem.get());
        }
        Optional<Refused> addressRefusal;
        try {
            addressRefusal = vet(uri.getHost());
        } catch (UnknownHostException e) {
            return new Failed(FailureKind.NETWORK, "the host " + uri.getHost() + " could not be resolved");
        }
        if (addressRefusal.isPresent()) {
            return addressRefusal.get();
        }
        HttpRequest request;
        try {
            request = request(call);
        } catch (IllegalArgumentException e) {
            return new Refused(RefusalReason.INVALID_REQUEST, e.getMessage());
        }
        return send(request, call);
    }

    private Optional<Refused> vet(String host) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            Optional<String> problem = guard.addressProblem(host, address);
            if (problem.isPresent()) {
                return Optional.of(new Refused(RefusalReason.ADDRESS_NOT_ALLOWED, problem.get()));
            }
        }
        return Optional.empty();
    }

    private static HttpRequest request(HttpCall call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .timeout(call.timeout())
                .method(call.method(), call.body().map(BodyPublishers::ofString).orElse(BodyPublishers.noBody()));
        call.headers().forEach(builder::header);
        return builder.build();
    }

    private HttpOutcome send(HttpRequest request, HttpCall call) {
        // The request timeout only covers waiting for the response head; the deadline below covers the body too.
        CompletableFuture<HttpResponse<String>> pending =
                client.sendAsync(request, info -> new CappedBody(call.maxResponseBytes()));
        try {
            HttpResponse<String> response = pending.get(call.timeout().toNanos(), TimeUnit.NANOSECONDS);
            return new Responded(response.statusCode(), response.headers().map(), response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            return timedOut(call);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed(FailureKind.NETWORK, "interrupted while calling " + call.uri().getHost());
        } catch (ExecutionException e) {
            return failure(e.getCause(), call);
        }
    }

    private static HttpOutcome failure(Throwable cause, HttpCall call) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof CappedBody.TooLarge)
                && !(root instanceof HttpTimeoutException)) {
            root = root.getCause();
        }
        return switch (root) {
            case CappedBody.TooLarge tooLarge -> new Refused(RefusalReason.RESPONSE_TOO_LARGE, tooLarge.getMessage());
            case HttpTimeoutException timeout -> timedOut(call);
            default -> new Failed(FailureKind.NETWORK, "calling " + call.uri().getHost() + " failed: " + describe(root));
        };
    }

    private static Failed timedOut(HttpCall call) {
        return new Failed(FailureKind.TIMEOUT, "no complete response from " + call.uri().getHost() + " within "
                + call.timeout().toMillis() + " ms");
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
