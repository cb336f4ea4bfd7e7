package dev.glyphic.domain.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggerNodesTest {

    @Test
    void readsEachListeningTriggerWithItsTypesDefaultsAndLeavesManualTriggersOut() {
        Json.Obj definition = (Json.Obj) JsonText.parse("""
                {"nodes": [
                  {"id": "by-hand", "data": {"nodeType": "trigger.manual", "fields": {}}},
                  {"id": "hook", "data": {"nodeType": "trigger.webhook", "fields": {}}},
                  {"id": "put-hook", "data": {"nodeType": "trigger.webhook",
                                              "fields": {"method": "PUT", "respond": "when_finished"}}},
                  {"id": "nightly", "data": {"nodeType": "trigger.schedule", "fields": {"cron": "0 3 * * *"}}},
                  {"id": "berlin", "data": {"nodeType": "trigger.schedule",
                    "fields": {"cron": "*/5 * * * *", "timezone": "Europe/Berlin", "missedRuns": "run_all"}}},
                  {"id": "on-fail", "data": {"nodeType": "trigger.event",
                    "fields": {"event": "execution.failed", "filter": "{{ $event.data.workflowId = 'x' }}"}}},
                  {"id": "on-any", "data": {"nodeType": "trigger.event",
                    "fields": {"event": "workflow.activated", "filter": "  "}}},
                  {"id": "work", "data": {"nodeType": "data.set", "fields": {}}}
                ], "edges": []}""");

        assertEquals(List.of(
                new TriggerNode.Webhook("hook", "POST", TriggerNode.Respond.IMMEDIATELY),
                new TriggerNode.Webhook("put-hook", "PUT", TriggerNode.Respond.WHEN_FINISHED),
                new TriggerNode.Schedule("nightly", "0 3 * * *", ZoneId.of("UTC"), "run_once"),
                new TriggerNode.Schedule("berlin", "*/5 * * * *", ZoneId.of("Europe/Berlin"), "run_all"),
                new TriggerNode.Event("on-fail", EventType.EXECUTION_FAILED,
                        Optional.of("{{ $event.data.workflowId = 'x' }}")),
                new TriggerNode.Event("on-any", EventType.WORKFLOW_ACTIVATED, Optional.empty())),
                TriggerNodes.of(definition));
    }
}
