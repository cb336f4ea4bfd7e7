package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.domain.DomainAssertions;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.DefinitionReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutionSettingsTest {

    private static ExecutionSettings withConfig(String config) {
        String document = "{\"nodes\": []" + (config == null ? "" : ", \"config\": " + config) + "}";
        return ExecutionSettings.of(DefinitionReader.read(JsonText.parse(document)).definition().orElseThrow());
    }

    private static ExecutionSettings settings(String execution) {
        return withConfig("{\"execution\": " + execution + "}");
    }

    private static List<String> refusal(String execution) {
        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, () -> settings(execution));
        return invalid.violations().stream().map(v -> v.code() + " " + v.pointer()).sorted().toList();
    }

    private static Violation onlyViolation(String execution) {
        DomainException.Invalid invalid = assertThrows(DomainException.Invalid.class, () -> settings(execution));
        assertEquals(1, invalid.violations().size(), () -> "violations: " + invalid.violations());
        return invalid.violations().getFirst();
    }

    @Test
    void withoutSettingsAnExecutionHasADayAndNoConcurrencyLimit() {
        assertEquals(ExecutionSettings.DEFAULT, withConfig(null));
        assertEquals(ExecutionSettings.DEFAULT, withConfig("{}"));
        assertEquals(ExecutionSettings.DEFAULT, withConfig("{\"theme\": \"dark\"}"));
        assertEquals(ExecutionSettings.DEFAULT, settings("{}"));
        assertEquals(ExecutionSettings.DEFAULT, settings("null"));
        assertEquals(new ExecutionSettings(Duration.ofHours(24), Optional.empty()), ExecutionSettings.DEFAULT);
    }

    @Test
    void aConfigThatIsNoObjectIsTheReadersToReportAndHoldsNoSettings() {
        assertEquals(ExecutionSettings.DEFAULT, withConfig("[1]"));
    }

    @Test
    void everySettingIsRead() {
        ExecutionSettings read = settings("{\"timeoutMs\": 3600000, \"concurrency\": {\"limit\": 3, "
                + "\"policy\": \"cancel_previous\"}}");

        assertEquals(new ExecutionSettings(Duration.ofHours(1), Optional.of(new ExecutionSettings.Concurrency(3,
                ConcurrencyPolicy.CANCEL_PREVIOUS))), read);
    }

    @Test
    void aConcurrencyGivenInPartMeansOneAtATimeInAQueue() {
        assertEquals(Optional.of(new ExecutionSettings.Concurrency(1, ConcurrencyPolicy.QUEUE)),
                settings("{\"concurrency\": {}}").concurrency());
        assertEquals(Optional.of(new ExecutionSettings.Concurrency(1, ConcurrencyPolicy.SKIP)),
                settings("{\"concurrency\": {\"policy\": \"skip\"}}").concurrency());
        assertEquals(Optional.of(new ExecutionSettings.Concurrency(5, ConcurrencyPolicy.QUEUE)),
                settings("{\"concurrency\": {\"limit\": 5}}").concurrency());
        assertEquals(ExecutionSettings.DEFAULT_TIMEOUT, settings("{\"concurrency\": {}}").timeout());
    }

    @ParameterizedTest
    @ValueSource(longs = {1000, 86_400_000, 2_678_400_000L})
    void aTimeoutFromASecondToThirtyOneDaysIsTaken(long millis) {
        assertEquals(Duration.ofMillis(millis), settings("{\"timeoutMs\": " + millis + "}").timeout());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 999, 2_678_400_001L})
    void aTimeoutOutsideThoseBoundsIsRefusedAtItsKey(long millis) {
        Violation violation = onlyViolation("{\"timeoutMs\": " + millis + "}");

        assertEquals("/config/execution/timeoutMs", violation.pointer());
        assertEquals("out_of_range", violation.code());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001})
    void aLimitOutsideOneToAThousandIsRefusedAtItsKey(int limit) {
        assertEquals(List.of("out_of_range /config/execution/concurrency/limit"),
                refusal("{\"concurrency\": {\"limit\": " + limit + "}}"));
    }

    @Test
    void anUnknownPolicyIsRefusedNamingThePolicies() {
        Violation violation = onlyViolation("{\"concurrency\": {\"policy\": \"sometimes\"}}");

        assertEquals(new Violation("/config/execution/concurrency/policy", "not_in_enum",
                "policy must be one of queue, skip, cancel_previous"), violation);
    }

    @Test
    void unknownKeysAndWrongTypesAreRefusedAllAtOnce() {
        assertEquals(List.of(
                        "unknown_setting /config/execution/concurrency/max",
                        "unknown_setting /config/execution/timeout",
                        "wrong_type /config/execution/concurrency/limit",
                        "wrong_type /config/execution/concurrency/policy"),
                refusal("{\"timeout\": 5, \"concurrency\": {\"max\": 2, \"limit\": \"2\", \"policy\": 1}}"));
        assertEquals(List.of("wrong_type /config/execution/concurrency"), refusal("{\"concurrency\": 1}"));
        assertEquals(List.of("wrong_type /config/execution"), refusal("\"fast\""));
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyPolicy.class)
    void aPolicyIsParsedFromItsWireName(ConcurrencyPolicy policy) {
        assertEquals(policy, ConcurrencyPolicy.parse(policy.wireName()));
    }

    @Test
    void policiesHaveTheseWireNames() {
        assertEquals(List.of("queue", "skip", "cancel_previous"), ConcurrencyPolicy.wireNames());
        DomainAssertions.assertInvalid("not_in_enum", () -> ConcurrencyPolicy.parse("QUEUE"));
    }

    @Test
    void theConstructorsKeepTheBounds() {
        assertThrows(DomainException.Invalid.class,
                () -> new ExecutionSettings(Duration.ofMillis(999), Optional.empty()));
        assertThrows(DomainException.Invalid.class,
                () -> new ExecutionSettings(Duration.ofDays(31).plusMillis(1), Optional.empty()));
        assertThrows(DomainException.Invalid.class,
                () -> new ExecutionSettings.Concurrency(0, ConcurrencyPolicy.QUEUE));
        assertEquals(1000, new ExecutionSettings.Concurrency(1000, ConcurrencyPolicy.SKIP).limit());
    }
}
