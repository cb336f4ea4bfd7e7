package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.DefinitionReader;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeSettingsTest {

    /** The settings of the fourth node of a document, as the reader gives it (so pointers start /nodes/3). */
    private static WorkflowDefinition.Node nodeWith(String settings) {
        String node = "{\"id\": \"n\", \"data\": {\"nodeType\": \"http.request\""
                + (settings == null ? "" : ", \"settings\": " + settings) + "}}";
        Json document = JsonText.parse("{\"nodes\": [{\"id\": \"a\", \"data\": {\"nodeType\": \"data.set\"}}, "
                + "{\"id\": \"b\", \"data\": {\"nodeType\": \"data.set\"}}, "
                + "{\"id\": \"c\", \"data\": {\"nodeType\": \"data.set\"}}, " + node + "]}");
        return DefinitionReader.read(document).definition().orElseThrow().nodes().get(3);
    }

    private static NodeSettings settings(String settings) {
        return NodeSettings.of(nodeWith(settings));
    }

    private static List<String> refusal(String settings) {
        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, () -> settings(settings));
        return invalid.violations().stream().map(v -> v.code() + " " + v.pointer()).sorted().toList();
    }

    private static Violation onlyViolation(String settings) {
        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, () -> settings(settings));
        assertEquals(1, invalid.violations().size(), () -> "violations: " + invalid.violations());
        return invalid.violations().getFirst();
    }

    @Test
    void aNodeWithoutSettingsRunsWithTheDefaults() {
        assertEquals(NodeSettings.DEFAULT, settings(null));
        assertEquals(NodeSettings.DEFAULT, settings("{}"));
        assertEquals(new NodeSettings(RetryPolicy.DEFAULT, Duration.ofMinutes(5)), NodeSettings.DEFAULT);
    }

    @Test
    void everySettingIsRead() {
        NodeSettings read = settings("""
                {"retry": {"maxAttempts": 5, "initialBackoffMs": 500, "multiplier": 2, "maxBackoffMs": 60000,
                           "jitter": 0.5},
                 "timeoutMs": 30000}""");

        assertEquals(new NodeSettings(new RetryPolicy(5, Duration.ofMillis(500), 2.0, Duration.ofMinutes(1), 0.5),
                Duration.ofSeconds(30)), read);
    }

    @Test
    void aRetryGivenInPartTakesTheRestFromTheDefault() {
        RetryPolicy base = RetryPolicy.DEFAULT;

        assertEquals(new RetryPolicy(7, base.initialBackoff(), base.multiplier(), base.maxBackoff(), base.jitter()),
                settings("{\"retry\": {\"maxAttempts\": 7}}").retry());
        assertEquals(new RetryPolicy(base.maxAttempts(), base.initialBackoff(), base.multiplier(), base.maxBackoff(),
                0.0), settings("{\"retry\": {\"jitter\": 0}}").retry());
        assertEquals(NodeSettings.DEFAULT_TIMEOUT, settings("{\"retry\": {\"jitter\": 0}}").timeout());
    }

    @Test
    void nullCountsAsLeftOut() {
        assertEquals(NodeSettings.DEFAULT, settings("{\"retry\": null, \"timeoutMs\": null}"));
        assertEquals(RetryPolicy.DEFAULT, settings("{\"retry\": {\"maxAttempts\": null}}").retry());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 1000, 3_600_000})
    void aTimeoutFromAMillisecondToAnHourIsTaken(long millis) {
        assertEquals(Duration.ofMillis(millis), settings("{\"timeoutMs\": " + millis + "}").timeout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "3600001", "99999999999999999999999"})
    void aTimeoutOutsideThoseBoundsIsRefusedAtItsKey(String millis) {
        Violation violation = onlyViolation("{\"timeoutMs\": " + millis + "}");

        assertEquals(new Violation("/nodes/3/data/settings/timeoutMs", "out_of_range", violation.message()),
                violation);
        assertTrue(violation.message().startsWith("timeoutMs "), violation.message());
    }

    @Test
    void retryLimitsBrokenAreReportedAtTheKeysTheyAreAbout() {
        assertEquals(List.of(
                        "out_of_range /nodes/3/data/settings/retry/jitter",
                        "out_of_range /nodes/3/data/settings/retry/maxAttempts",
                        "out_of_range /nodes/3/data/settings/retry/maxBackoffMs",
                        "out_of_range /nodes/3/data/settings/retry/multiplier"),
                refusal("""
                        {"retry": {"maxAttempts": 0, "initialBackoffMs": 5000, "multiplier": 0.5,
                                   "maxBackoffMs": 1000, "jitter": 1.5}}"""));
        assertEquals(List.of("out_of_range /nodes/3/data/settings/retry/initialBackoffMs"),
                refusal("{\"retry\": {\"initialBackoffMs\": -1}}"));
        assertEquals(List.of("out_of_range /nodes/3/data/settings/retry/maxAttempts"),
                refusal("{\"retry\": {\"maxAttempts\": 26}}"));
        assertEquals(List.of("out_of_range /nodes/3/data/settings/retry/maxAttempts"),
                refusal("{\"retry\": {\"maxAttempts\": 4294967297}}"));
    }

    @Test
    void aDefaultClashingWithAValueGivenIsReportedAtTheRetryObjectNamingTheDefault() {
        // The default cap is five minutes; an initial backoff of ten lies above it.
        Violation violation = onlyViolation("{\"retry\": {\"initialBackoffMs\": 600000}}");

        assertEquals("/nodes/3/data/settings/retry", violation.pointer());
        assertEquals("out_of_range", violation.code());
        assertTrue(violation.message().startsWith("maxBackoffMs (left at its default)"), violation.message());
    }

    @Test
    void unknownKeysAreRefusedRatherThanIgnored() {
        assertEquals(List.of(
                        "unknown_setting /nodes/3/data/settings/retry/maxAttemps",
                        "unknown_setting /nodes/3/data/settings/timeout"),
                refusal("{\"timeout\": 3000, \"retry\": {\"maxAttemps\": 5}}"));
        assertTrue(onlyViolation("{\"timeout\": 3000}").message().contains("[retry, timeoutMs]"));
    }

    @Test
    void valuesOfTheWrongTypeAreRefused() {
        assertEquals(List.of(
                        "wrong_type /nodes/3/data/settings/retry/initialBackoffMs",
                        "wrong_type /nodes/3/data/settings/retry/jitter",
                        "wrong_type /nodes/3/data/settings/retry/maxAttempts",
                        "wrong_type /nodes/3/data/settings/timeoutMs"),
                refusal("""
                        {"retry": {"maxAttempts": "5", "initialBackoffMs": 1.5, "jitter": true},
                         "timeoutMs": "{{ $input.timeout }}"}"""));
        assertEquals(List.of("wrong_type /nodes/3/data/settings/retry"), refusal("{\"retry\": 5}"));
        assertEquals("timeoutMs must be a whole number, not a string",
                onlyViolation("{\"timeoutMs\": \"30s\"}").message());
    }

    @Test
    void aWholeNumberMayBeWrittenWithADecimalPoint() {
        assertEquals(Duration.ofSeconds(2), settings("{\"timeoutMs\": 2000.0}").timeout());
        assertEquals(Duration.ofSeconds(2), settings("{\"timeoutMs\": 2E3}").timeout());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertEquals(List.of(
                        "out_of_range /nodes/3/data/settings/retry/maxAttempts",
                        "out_of_range /nodes/3/data/settings/timeoutMs",
                        "unknown_setting /nodes/3/data/settings/priority"),
                refusal("{\"retry\": {\"maxAttempts\": 0}, \"timeoutMs\": 0, \"priority\": 1}"));
    }

    @Test
    void theConstructorKeepsTheTimeoutBounds() {
        assertThrows(DomainException.Invalid.class, () -> new NodeSettings(RetryPolicy.DEFAULT, Duration.ZERO));
        assertThrows(DomainException.Invalid.class,
                () -> new NodeSettings(RetryPolicy.DEFAULT, Duration.ofHours(1).plusNanos(1)));
        assertEquals(Duration.ofHours(1), new NodeSettings(RetryPolicy.DEFAULT, Duration.ofHours(1)).timeout());
    }
}
