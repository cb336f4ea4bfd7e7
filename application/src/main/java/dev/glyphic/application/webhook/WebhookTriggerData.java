package dev.glyphic.application.webhook;

import dev.glyphic.application.port.in.webhook.ReceiveWebhook;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.SignatureScheme;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a webhook call hands its run (as trigger data and input): method, headers, query and body. Headers that carry
 * a signature or a credential are left out, so a secret never reaches a run, its logs or its outputs. A JSON body
 * arrives parsed; any other body as text, or as base64 when it is not text.
 */
final class WebhookTriggerData {

    /** A body that says it is JSON and is not JSON Glyphic can store. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private WebhookTriggerData() {
    }

    static Json of(InboundWebhook webhook, ReceiveWebhook.Call call, Optional<String> messageId, Instant at) {
        Map<String, Json> data = new LinkedHashMap<>();
        data.put("webhookId", Json.of(webhook.id().toString()));
        data.put("method", Json.of(call.method()));
        data.put("receivedAt", Json.of(at.toString()));
        messageId.ifPresent(id -> data.put("messageId", Json.of(id)));
        data.put("headers", headers(call.headers()));
        data.put("query", multi(call.query()));
        Optional<String> contentType = call.lookup().first("content-type");
        data.putAll(body(call.body(), contentType));
        return new Json.Obj(data);
    }

    private static Json headers(Map<String, List<String>> headers) {
        Map<String, Json> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!SignatureScheme.secretHeader(name)) {
                kept.put(name.toLowerCase(Locale.ROOT), Json.of(String.join(", ", values)));
            }
        });
        return new Json.Obj(kept);
    }

    private static Json multi(Map<String, List<String>> query) {
        Map<String, Json> fields = new LinkedHashMap<>();
        query.forEach((name, values) -> fields.put(name, values.size() == 1 ? Json.of(values.get(0))
                : new Json.Arr(values.stream().<Json>map(Json::of).toList())));
        return new Json.Obj(fields);
    }

    private static Map<String, Json> body(byte[] body, Optional<String> contentType) {
        if (body.length == 0) {
            return Map.of("body", Json.NULL);
        }
        Optional<String> text = utf8(body);
        boolean json = contentType.map(type -> type.toLowerCase(Locale.ROOT).contains("json")).orElse(false);
        if (json) {
            try {
                return Map.of("body", JsonText.parse(text.orElseThrow(
                        () -> new Unreadable("the body is not UTF-8 JSON"))));
            } catch (JsonText.Malformed e) {
                throw new Unreadable("the body is not JSON Glyphic can store: " + e.getMessage());
            }
        }
        if (text.isPresent()) {
            return Map.of("body", Json.of(text.get()));
        }
        return Map.of("body", Json.of(Base64.getEncoder().encodeToString(body)), "bodyEncoding",
                Json.of("base64"));
    }

    /** The body as text when it is valid UTF-8 that PostgreSQL can store (no NUL). */
    private static Optional<String> utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.indexOf('\u0000') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
