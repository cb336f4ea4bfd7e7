package dev.glyphic.application.schedule;

import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.trigger.TriggerRegistrar;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one schedule per {@code trigger.schedule} node. A node that stays keeps its schedule (its id, pause, history
 * and run count) through new versions and deactivations; a changed cron, zone or policy is due from now; a node that
 * goes, or a workflow that stops listening, leaves the schedule in place but silent.
 */
public final class ScheduleRegistrar implements TriggerRegistrar {
    private final Schedules schedules;

    public ScheduleRegistrar(Schedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public void sync(Workflow workflow, List<TriggerNode> live, Instant now) {
        Map<String, Schedule> existing = new HashMap<>();
        schedules.ofWorkflow(workflow.orgId(), workflow.id()).forEach(s -> existing.put(s.nodeId(), s));
        String name = workflow.name().value();
        for (TriggerNode trigger : live) {
            if (trigger instanceof TriggerNode.Schedule node) {
                Schedule known = existing.remove(node.nodeId());
                if (known == null) {
                    schedules.insert(Schedule.create(workflow.orgId(), workflow.workspaceId(), workflow.id(), name,
                            node, now));
                } else if (!known.listening() || known.differsFrom(node) || !known.name().equals(name)) {
                    schedules.update(List.of(known.following(name, node, now)));
                }
            }
        }
        schedules.update(existing.values().stream().filter(Schedule::listening)
                .map(silent -> silent.stopListening(now)).toList());
    }
}
