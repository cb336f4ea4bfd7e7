package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.shared.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralSecretsTest {
    private final LiteralSecrets secrets = new LiteralSecrets(NodeCatalogue.standard());

    private List<String> found(String httpFields) {
        Json document = JsonText.parse("""
                {"nodes": [
                  {"id": "start", "data": {"nodeType": "trigger.manual", "fields": {}}},
                  {"id": "call", "data": {"nodeType": "http.request", "fields": %s}}],
                 "edges": [{"id": "e", "source": "start", "target": "call"}]}""".formatted(httpFields));
        return secrets.find(document).stream().map(Violation::pointer).toList();
    }

    @Test
    void credentialHeadersQueryParametersAndUserInfoAreFound() {
        assertEquals(List.of("/nodes/1/data/fields/headers/authorization",
                        "/nodes/1/data/fields/headers/X-Goog-Api-Key",
                        "/nodes/1/data/fields/query/access_token",
                        "/nodes/1/data/fields/url"),
                found("""
                        {"url": "https://bot:hunter2@api.example.com/x",
                         "headers": {"authorization": "token abc", "X-Goog-Api-Key": "AIza123", "Accept": "*/*"},
                         "query": {"access_token": "EAAB", "page": "2"}}"""));
    }

    @Test
    void valuesComputedAtRunTimeAreNotSecretsWrittenDown() {
        assertEquals(List.of(), found("""
                {"url": "https://api.example.com/{{ $input.path }}",
                 "headers": {"Authorization": "Bearer {{ $input.token }}", "Cookie": "{{ $input.cookie }}",
                             "X-Api-Key": ""},
                 "query": {"api_key": "{{ $input.key }}"}}"""));
        assertEquals(List.of(), found("""
                {"url": "https://api.example.com", "headers": "{{ $input.headers }}"}"""));
        assertEquals(List.of("/nodes/1/data/fields/headers"), found("""
                {"url": "https://api.example.com", "headers": "{{ {'Authorization': 'Bearer abc'} }}"}"""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk-live-123", "Bearer abc", "{{ \"abc\" }}", "{{ 'abc' }}", "Bearer {{ $input.a }} x",
            "{{ $input.a }}abc-def.ghi"})
    void writtenOutValuesAreLiterals(String value) {
        assertTrue(LiteralSecrets.literal(Json.of(value)), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ $input.token }}", "Bearer {{ $input.token }}", "Basic {{ $base64($input.a) }}", " "})
    void computedOrEmptyValuesAreNot(String value) {
        assertFalse(LiteralSecrets.literal(Json.of(value)), value);
    }

    @Test
    void aSecretReferenceHoldsAConnectionIdNotACredential() {
        Json document = JsonText.parse("""
                {"nodes": [
                  {"id": "start", "data": {"nodeType": "trigger.manual", "fields": {}}},
                  {"id": "a", "data": {"nodeType": "integration.action",
                   "fields": {"provider": "slack", "action": "send", "connection": "xoxb-123-456"}}},
                  {"id": "b", "data": {"nodeType": "integration.action",
                   "fields": {"provider": "slack", "action": "send",
                              "connection": "01a236e8-e516-7908-87d2-32762ac05851"}}}],
                 "edges": []}""");

        assertEquals(List.of(new Violation("/nodes/1/data/fields/connection", "literal_secret",
                "connection must reference a stored connection by its id, not hold a credential")),
                secrets.find(document));
    }
}
