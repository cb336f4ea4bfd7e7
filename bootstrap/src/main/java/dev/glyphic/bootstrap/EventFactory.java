package dev.glyphic.bootstrap;

import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.event.DispatchEventsService;
import dev.glyphic.application.event.EventRegistrar;
import dev.glyphic.application.outbound.OutboundDeliveries;
import dev.glyphic.application.port.in.event.DispatchEvents;
import dev.glyphic.application.port.out.event.EventSubscriptions;
import dev.glyphic.application.port.out.event.PendingEvents;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.trigger.TriggerRegistrar;
import dev.glyphic.bootstrap.config.EventSettings;
import dev.glyphic.domain.event.EventFilter;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/** Event-triggered workflows: their registrar (one of the trigger registry's) and the dispatcher's loop. */
@Factory
public class EventFactory {

    @Singleton
    @Named("events")
    TriggerRegistrar eventRegistrar(EventSubscriptions subscriptions) {
        return new EventRegistrar(subscriptions);
    }

    @Singleton
    DispatchEvents dispatchEvents(Transactions transactions, PendingEvents pending, EventSubscriptions subscriptions,
                                  WorkflowRepository workflows, ExecutionStarter starter, ExpressionEvaluator evaluator,
                                  OutboundDeliveries outbound, EventSettings settings, Clock clock) {
        return new DispatchEventsService(transactions, pending, subscriptions, workflows, starter,
                new EventFilter(evaluator), outbound, settings.limits(), clock);
    }

    @Bean(preDestroy = "close")
    @Singleton
    @Named("dispatcher")
    @Requires(property = "glyphic.events.enabled", notEquals = "false")
    BackgroundLoop dispatcher(DispatchEvents dispatch, EventSettings settings) {
        return new BackgroundLoop("event-dispatcher", 1, dispatch::dispatch, Optional::empty, settings.batch(),
                settings.pollInterval());
    }

    /** The dispatcher starts with the server (and not at all in an instance with glyphic.events.enabled=false). */
    @Singleton
    static final class DispatcherStart {
        private final Optional<BackgroundLoop> dispatcher;

        DispatcherStart(@Named("dispatcher") Optional<BackgroundLoop> dispatcher) {
            this.dispatcher = dispatcher;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            dispatcher.ifPresent(BackgroundLoop::start);
        }
    }
}
