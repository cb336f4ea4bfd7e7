package dev.glyphic.domain.event;

import dev.glyphic.domain.shared.Violation;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The things that happen inside Glyphic that other things may react to: {@code trigger.event} workflows and tenants'
 * outbound webhook endpoints. The wire names are the contract (they reach endpoints and definitions); the campaign
 * events are emitted once campaigns exist.
 */
public enum EventType {
    EXECUTION_SUCCEEDED("execution.succeeded"),
    EXECUTION_FAILED("execution.failed"),
    WORKFLOW_ACTIVATED("workflow.activated"),
    CAMPAIGN_ITEM_COMPLETED("campaign.item.completed"),
    CAMPAIGN_ITEM_FAILED("campaign.item.failed"),
    CAMPAIGN_COMPLETED("campaign.completed");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static EventType parse(String raw) {
        return Arrays.stream(values())
                .filter(t -> t.wireName.equals(raw))
                .findFirst()
                .orElseThrow(() -> Violation.invalid("invalid_event_type", "must be one of " + Arrays
                        .stream(values()).map(EventType::wireName).collect(Collectors.joining(", "))));
    }
}
