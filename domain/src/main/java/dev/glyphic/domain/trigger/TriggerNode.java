package dev.glyphic.domain.trigger;

import dev.glyphic.domain.event.EventType;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A trigger node of a workflow's definition that something outside the run must listen for: a webhook to answer, a
 * schedule to keep, an event to match. Manual triggers need no listener and are not trigger nodes in this sense.
 */
public sealed interface TriggerNode {

    /** The node's id in the definition; a registration is kept per workflow and node. */
    String nodeId();

    /** When a webhook-started run answers its caller. */
    enum Respond {
        /** 202 with the execution id once the execution is committed. */
        IMMEDIATELY,
        /** The run's output when it ends within the wait the operator allows, else 202 with the id. */
        WHEN_FINISHED
    }

    record Webhook(String nodeId, String method, Respond respond) implements TriggerNode {
        public Webhook {
            Objects.requireNonNull(nodeId);
            Objects.requireNonNull(method);
            Objects.requireNonNull(respond);
        }
    }

    /** @param missedRuns the node's {@code missedRuns} field as written: {@code skip}, {@code run_once}, {@code run_all} */
    record Schedule(String nodeId, String cron, ZoneId zone, String missedRuns) implements TriggerNode {
        public Schedule {
            Objects.requireNonNull(nodeId);
            Objects.requireNonNull(cron);
            Objects.requireNonNull(zone);
            Objects.requireNonNull(missedRuns);
        }
    }

    /** @param filter an expression over the event; the run starts only when it is true */
    record Event(String nodeId, EventType event, Optional<String> filter) implements TriggerNode {
        public Event {
            Objects.requireNonNull(nodeId);
            Objects.requireNonNull(event);
            Objects.requireNonNull(filter);
        }
    }
}
