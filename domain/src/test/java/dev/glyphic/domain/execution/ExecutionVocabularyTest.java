package dev.glyphic.domain.execution;

import static dev.glyphic.domain.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words of the execution API and tables: ids, statuses and trigger types, and how they are spelled. */
class ExecutionVocabularyTest {

    @Test
    void executionStatusesAreSpelledAsTheIssueSpellsThem() {
        assertEquals(List.of("queued", "running", "waiting", "succeeded", "failed", "cancelled", "timed_out"),
                wireNames(ExecutionStatus.values(), ExecutionStatus::wireName));
    }

    @Test
    void nodeRunStatusesAreSpelledInTheSameStyle() {
        assertEquals(List.of("pending", "running", "waiting", "succeeded", "failed", "skipped", "cancelled",
                "timed_out"), wireNames(NodeRunStatus.values(), NodeRunStatus::wireName));
    }

    @Test
    void triggerTypesAreSpelledAsTheIssueSpellsThem() {
        assertEquals(List.of("manual", "webhook", "schedule", "event", "campaign", "replay"),
                wireNames(TriggerType.values(), TriggerType::wireName));
    }

    @Test
    void theEndingsAreFinalAndNothingElseIs() {
        assertEquals(EnumSet.of(ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED, ExecutionStatus.CANCELLED,
                        ExecutionStatus.TIMED_OUT),
                EnumSet.copyOf(Arrays.stream(ExecutionStatus.values()).filter(ExecutionStatus::isFinal).toList()));
        assertEquals(EnumSet.of(NodeRunStatus.SUCCEEDED, NodeRunStatus.FAILED, NodeRunStatus.SKIPPED,
                        NodeRunStatus.CANCELLED, NodeRunStatus.TIMED_OUT),
                EnumSet.copyOf(Arrays.stream(NodeRunStatus.values()).filter(NodeRunStatus::isFinal).toList()));
    }

    @Test
    void onlyManualRunsAndReplaysNeedAPerson() {
        assertEquals(EnumSet.of(TriggerType.MANUAL, TriggerType.REPLAY),
                EnumSet.copyOf(Arrays.stream(TriggerType.values()).filter(TriggerType::needsAPerson).toList()));
    }

    @ParameterizedTest
    @EnumSource(ExecutionStatus.class)
    void executionStatusesRoundTrip(ExecutionStatus status) {
        assertEquals(status, ExecutionStatus.parse(status.wireName()));
    }

    @ParameterizedTest
    @EnumSource(NodeRunStatus.class)
    void nodeRunStatusesRoundTrip(NodeRunStatus status) {
        assertEquals(status, NodeRunStatus.parse(status.wireName()));
    }

    @ParameterizedTest
    @EnumSource(TriggerType.class)
    void triggerTypesRoundTrip(TriggerType type) {
        assertEquals(type, TriggerType.parse(type.wireName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TIMED_OUT", "timed-out", "Running", "", " queued", "completed", "pending"})
    @NullSource
    void anExecutionStatusIsReadOnlyFromItsWireName(String raw) {
        assertTrue(assertInvalid("invalid_execution_status", () -> ExecutionStatus.parse(raw)).message()
                .endsWith("queued, running, waiting, succeeded, failed, cancelled, timed_out"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SKIPPED", "queued", ""})
    @NullSource
    void aNodeRunStatusIsReadOnlyFromItsWireName(String raw) {
        assertInvalid("invalid_node_run_status", () -> NodeRunStatus.parse(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Manual", "cron", ""})
    @NullSource
    void aTriggerTypeIsReadOnlyFromItsWireName(String raw) {
        assertInvalid("invalid_trigger_type", () -> TriggerType.parse(raw));
    }

    @Test
    void idsRoundTripThroughTheirTextAndAreTimeOrdered() {
        ExecutionId execution = ExecutionId.random();
        NodeRunId nodeRun = NodeRunId.random();
        assertEquals(execution, ExecutionId.parse(execution.toString()));
        assertEquals(nodeRun, NodeRunId.parse(nodeRun.toString()));
        assertEquals(7, execution.value().version());
        assertEquals(7, nodeRun.value().version());
    }

    @Test
    void aMalformedIdNamesWhatItIsFor() {
        assertTrue(assertInvalid("malformed_id", () -> ExecutionId.parse("x")).message().startsWith("execution id"));
        assertTrue(assertInvalid("malformed_id", () -> NodeRunId.parse("x")).message().startsWith("node run id"));
    }

    private static <E> List<String> wireNames(E[] values, Function<E, String> wireName) {
        return Arrays.stream(values).map(wireName).toList();
    }
}
