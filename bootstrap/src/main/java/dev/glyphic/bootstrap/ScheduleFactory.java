package dev.glyphic.bootstrap;

import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.port.in.schedule.FireDueSchedules;
import dev.glyphic.application.port.in.schedule.ListScheduleSlots;
import dev.glyphic.application.port.in.schedule.ListSchedules;
import dev.glyphic.application.port.in.schedule.PauseSchedule;
import dev.glyphic.application.port.in.schedule.ShowSchedule;
import dev.glyphic.application.port.out.schedule.ScheduleSlots;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.schedule.FireDueSchedulesService;
import dev.glyphic.application.schedule.PauseScheduleService;
import dev.glyphic.application.schedule.ScheduleQueriesService;
import dev.glyphic.application.schedule.ScheduleRegistrar;
import dev.glyphic.application.trigger.TriggerRegistrar;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.bootstrap.config.ScheduleSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/** Schedules: their registrar (one of the trigger registry's), the scheduler's loop and the API's use cases. */
@Factory
public class ScheduleFactory {

    @Singleton
    @Named("schedules")
    TriggerRegistrar scheduleRegistrar(Schedules schedules) {
        return new ScheduleRegistrar(schedules);
    }

    @Singleton
    FireDueSchedules fireDueSchedules(Transactions transactions, Schedules schedules, ScheduleSlots slots,
                                      WorkflowRepository workflows, ExecutionStarter starter,
                                      ScheduleSettings settings, Clock clock) {
        return new FireDueSchedulesService(transactions, schedules, slots, workflows, starter, settings.limits(),
                clock);
    }

    @Singleton
    ScheduleQueriesService scheduleQueries(Transactions transactions, WorkspaceScope scope, Schedules schedules,
                                           ScheduleSlots slots, ScheduleSettings settings, Clock clock) {
        return new ScheduleQueriesService(transactions, scope, schedules, slots, settings.previewMax(), clock);
    }

    @Singleton
    ListSchedules listSchedules(ScheduleQueriesService queries) {
        return queries;
    }

    @Singleton
    ShowSchedule showSchedule(ScheduleQueriesService queries) {
        return queries;
    }

    @Singleton
    ListScheduleSlots listScheduleSlots(ScheduleQueriesService queries) {
        return queries;
    }

    @Singleton
    PauseSchedule pauseSchedule(Transactions transactions, WorkspaceScope scope, Schedules schedules, Auditor auditor,
                                Clock clock) {
        return new PauseScheduleService(transactions, scope, schedules, auditor, clock);
    }

    @Bean(preDestroy = "close")
    @Singleton
    @Requires(property = "glyphic.schedules.enabled", notEquals = "false")
    @Named("scheduler")
    BackgroundLoop scheduler(FireDueSchedules fire, ScheduleSettings settings) {
        return new BackgroundLoop("scheduler", settings.workers(), fire::fireDue, fire::nextDue, settings.batch(),
                settings.pollInterval());
    }

    /** The scheduler starts with the server (and not at all in an instance with glyphic.schedules.enabled=false). */
    @Singleton
    static final class SchedulerStart {
        private final Optional<BackgroundLoop> scheduler;

        SchedulerStart(@Named("scheduler") Optional<BackgroundLoop> scheduler) {
            this.scheduler = scheduler;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            scheduler.ifPresent(BackgroundLoop::start);
        }
    }
}
