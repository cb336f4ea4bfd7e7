package dev.glyphic.web.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.TimeCursor;
import dev.glyphic.application.port.in.execution.WatchExecution;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * An execution's events as Server-Sent Events: {@code status} (the execution, without node runs) on connect and on
 * every change of status, {@code log} for each log line (its id as the event id), ending after the final status.
 * Each stream has a reader on a virtual thread of its own that sleeps until the engine signals a change of the
 * execution; a slow poll backs the signals up, so a signal lost to a reconnect delays an event, never loses it.
 */
@Controller("/api/v1/orgs/{orgId}/workspaces/{workspaceId}/executions/{id}/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses
@Tag(name = "executions")
public final class ExecutionEventsController {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionEventsController.class);
    private static final int LOG_BATCH = 500;
    private static final long POLL_SECONDS = 5;

    private final WatchExecution watchExecution;

    public ExecutionEventsController(WatchExecution watchExecution) {
        this.watchExecution = watchExecution;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @ReturnsEventStream
    @Operation(operationId = "streamExecutionEvents",
            summary = "Server-Sent Events of an execution: status on connect and on each change, log lines as "
            + "they are written; the stream ends after the final status")
    public Publisher<Event<Object>> events(@PathVariable @IdParam OrgId orgId,
                                           @PathVariable @IdParam WorkspaceId workspaceId,
                                           @PathVariable @IdParam ExecutionId id,
                                           @Header("Last-Event-ID") @Nullable
                                           @Parameter(description = "The id of the last log line seen, to resume after",
                                                   schema = @Schema(type = "string", format = "uuid", maxLength = 36))
                                           String lastEventId,
                                           @Authenticated Caller caller) {
        Semaphore wake = new Semaphore(0);
        // Opened here, before the stream starts, so that a missing execution or a refusal is a problem+json answer.
        WatchExecution.Watch watch = watchExecution.open(caller, orgId, workspaceId, id, wake::release);
        // A reconnecting client names the last log line it saw; an id that is no line of this execution (or no id
        // at all) starts from the first, as EventSource clients expect of a stream that cannot resume.
        Optional<TimeCursor> resumeAfter = lastLogLine(lastEventId).flatMap(watch::after);
        AtomicBoolean closed = new AtomicBoolean();
        return Flux.<Event<Object>>create(sink -> {
            sink.onDispose(() -> {
                closed.set(true);
                watch.close();
                wake.release();
            });
            Thread.ofVirtual().name("execution-events-" + id)
                    .start(() -> stream(watch, resumeAfter, wake, closed, sink));
        }).doFinally(signal -> watch.close());
    }

    private static Optional<UUID> lastLogLine(String lastEventId) {
        try {
            return lastEventId == null ? Optional.empty() : Optional.of(UUID.fromString(lastEventId.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void stream(WatchExecution.Watch watch, Optional<TimeCursor> resumeAfter, Semaphore wake,
                               AtomicBoolean closed, FluxSink<Event<Object>> sink) {
        Optional<TimeCursor> cursor = resumeAfter;
        ExecutionStatus sent = null;
        try {
            while (!closed.get()) {
                WatchExecution.Snapshot snapshot = watch.read(cursor, LOG_BATCH);
                ExecutionStatus status = snapshot.execution().execution().status();
                if (sent == null) {
                    sink.next(status(snapshot));
                    sent = status;
                }
                for (LogEntry line : snapshot.logs()) {
                    sink.next(Event.<Object>of(ExecutionJson.LogLine.of(line)).name("log").id(line.id().toString()));
                    cursor = Optional.of(new TimeCursor(line.at(), line.id()));
                }
                if (snapshot.logs().size() == LOG_BATCH) {
                    continue;
                }
                if (status != sent) {
                    sink.next(status(snapshot));
                    sent = status;
                }
                if (status.isFinal()) {
                    sink.complete();
                    return;
                }
                wake.tryAcquire(POLL_SECONDS, TimeUnit.SECONDS);
                wake.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The caller lost access, or the database failed: the stream ends, the client may reconnect.
            LOG.info("execution event stream ended: {}", e.toString());
            sink.error(e);
        }
    }

    private static Event<Object> status(WatchExecution.Snapshot snapshot) {
        return Event.<Object>of(ExecutionJson.Response.of(snapshot.execution())).name("status");
    }
}
