package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.port.out.execution.HttpCalls;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonLimits;
import dev.glyphic.domain.json.JsonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an HTTP call's outcome means for the node. A 408, a 429 and any 5xx may go away on their own, and so may a
 * timeout or a network failure: those are retryable. Any other non-2xx answer, or a call we refused to make, would
 * be the same next time.
 *
 * <p>An answer is held to {@link JsonLimits} like any JSON that enters: one holding a NUL, a lone surrogate or a
 * number such as {@code 1e999999} cannot be recorded, and recording it would fail at every attempt while the remote
 * service is called again each time. It fails the node instead ({@value #UNSTORABLE}), not retryably: the same call
 * would bring the same answer.
 */
final class HttpResponses {
    private static final int SHOWN_BODY_LENGTH = 300;
    static final String UNSTORABLE = "unstorable_response";

    private HttpResponses() {
    }

    static NodeOutcome outcome(HttpCalls.HttpOutcome outcome, String host, boolean json) {
        return switch (outcome) {
            case HttpCalls.Responded response when response.status() / 100 == 2 -> completed(response, json);
            case HttpCalls.Responded response -> new NodeOutcome.Failed("HTTP " + response.status() + " from " + host
                    + shownBody(response.body()), retryable(response.status()));
            case HttpCalls.Refused refused -> new NodeOutcome.Failed("request refused (" + refused.reason().code()
                    + "): " + refused.message(), false);
            case HttpCalls.Failed failed -> new NodeOutcome.Failed("request failed (" + failed.kind().code() + "): "
                    + failed.message(), true);
        };
    }

    private static boolean retryable(int status) {
        return status == 408 || status == 429 || status / 100 == 5;
    }

    private static NodeOutcome completed(HttpCalls.Responded response, boolean json) {
        Json body;
        if (!json) {
            body = Json.of(response.body());
        } else if (response.body().isBlank()) {
            body = Json.NULL; // a 204, or a HEAD: nothing to parse is not malformed JSON
        } else {
            try {
                body = JsonText.parse(response.body());
            } catch (JsonText.Malformed e) {
                return e.code().equals(JsonText.MALFORMED)
                        ? new NodeOutcome.Failed("response is not JSON: " + e.getMessage(), false)
                        : new NodeOutcome.Failed(UNSTORABLE + ": the response body cannot be stored (" + e.code()
                                + "): " + e.getMessage(), false);
            }
        }
        Map<String, Json> output = new LinkedHashMap<>();
        output.put("status", Json.of(response.status()));
        output.put("headers", headers(response.headers()));
        output.put("body", body);
        Json.Obj result = new Json.Obj(output);
        // A text body or a header may break the limits too; a parsed JSON body already met them.
        Optional<JsonLimits.Breach> breach = JsonLimits.check(result);
        if (breach.isPresent()) {
            String part = breach.get().at().value().split("/")[1]; // body or headers: a name could be unstorable
            return new NodeOutcome.Failed(UNSTORABLE + ": the response's " + part + " cannot be stored ("
                    + breach.get().code() + "): " + breach.get().message(), false);
        }
        return new NodeOutcome.Completed(result, Set.of("response"));
    }

    /** One value as a string, several as an array; sorted by name so that the same answer reads the same. */
    private static Json headers(Map<String, List<String>> headers) {
        Map<String, Json> sorted = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (values.size() == 1) {
                sorted.put(name, Json.of(values.getFirst()));
            } else if (!values.isEmpty()) {
                sorted.put(name, new Json.Arr(values.stream().<Json>map(Json::of).toList()));
            }
        });
        return new Json.Obj(sorted);
    }

    private static String shownBody(String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            return "";
        }
        // The error is stored as text: what PostgreSQL cannot hold (or a pair cut in half) is replaced.
        return ": " + JsonLimits.storable(text.length() > SHOWN_BODY_LENGTH ? text.substring(0, SHOWN_BODY_LENGTH)
                + "…" : text);
    }
}
