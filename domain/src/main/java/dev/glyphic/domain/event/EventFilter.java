package dev.glyphic.domain.event;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.ExpressionContext;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.ExpressionFailure;
import dev.glyphic.domain.workflow.TemplateEvaluation;
import java.util.Optional;

/**
 * A {@code trigger.event} node's condition: an expression over the event ({@code $input} and {@code $trigger} are
 * both the event's JSON, e.g. {@code {{ $input.data.status == "failed" }}}). Only JSON {@code true} passes, as in
 * {@code logic.if}; an expression that fails, or yields anything else, starts nothing and says why.
 */
public final class EventFilter {
    private final TemplateEvaluation templates;

    public EventFilter(ExpressionEvaluator evaluator) {
        this.templates = new TemplateEvaluation(evaluator);
    }

    /** Why the event does not pass, or empty when it does (a subscription without a filter takes every event). */
    public Optional<String> refusal(Optional<String> filter, Json event) {
        if (filter.isEmpty()) {
            return Optional.empty();
        }
        try {
            Json result = templates.render(Json.of(filter.get()), new ExpressionContext(event, event,
                    java.util.Map.of()));
            if (result instanceof Json.Bool passes) {
                return passes.value() ? Optional.empty() : Optional.of("the filter is false");
            }
            return Optional.of("the filter must be true or false");
        } catch (ExpressionFailure failure) {
            return Optional.of("the filter failed: " + failure.getMessage());
        }
    }

    /** The event as a filter and a run see it. */
    public static Json json(DomainEvent event) {
        return new Json.Obj(java.util.Map.of("id", Json.of(event.id().toString()), "type",
                Json.of(event.type().wireName()), "subject", Json.of(event.subject().toString()), "occurredAt",
                Json.of(event.occurredAt().toString()), "data", event.data()));
    }
}
