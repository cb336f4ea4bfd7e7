package dev.glyphic.application.trigger;

import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Instant;
import java.util.List;

/**
 * Keeps one kind of trigger (webhooks, schedules, event subscriptions) registered for a workflow. Called inside the
 * tenant transaction that changes the workflow, so a registration changes exactly when the workflow does.
 */
public interface TriggerRegistrar {

    /**
     * Makes the registrations of this kind for the workflow match {@code live}: every trigger node of the workflow
     * that must listen now (empty when the workflow is inactive or in the trash). A registration whose node is
     * still there keeps its identity (a webhook its path and secret, a schedule its history); one whose node went
     * stops listening.
     */
    void sync(Workflow workflow, List<TriggerNode> live, Instant now);
}
