package dev.glyphic.web.schedule;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.schedule.ListScheduleSlots;
import dev.glyphic.application.port.in.schedule.ListSchedules;
import dev.glyphic.application.port.in.schedule.PauseSchedule;
import dev.glyphic.application.port.in.schedule.ShowSchedule;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.web.openapi.CursorParam;
import dev.glyphic.web.openapi.IdParam;
import dev.glyphic.web.openapi.LimitParam;
import dev.glyphic.web.openapi.Returns;
import dev.glyphic.web.problem.ProblemResponses;
import dev.glyphic.web.security.Authenticated;
import dev.glyphic.web.support.PageJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A workspace's schedules: made by the workflows' trigger nodes, paused and resumed by admins. */
@Controller("/api/v1/orgs/{orgId}/workspaces/{workspaceId}/schedules")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "schedules")
public final class ScheduleController {
    private final ListSchedules listSchedules;
    private final ShowSchedule showSchedule;
    private final PauseSchedule pauseSchedule;
    private final ListScheduleSlots listSlots;

    public ScheduleController(ListSchedules listSchedules, ShowSchedule showSchedule, PauseSchedule pauseSchedule,
                              ListScheduleSlots listSlots) {
        this.listSchedules = listSchedules;
        this.showSchedule = showSchedule;
        this.pauseSchedule = pauseSchedule;
        this.listSlots = listSlots;
    }

    @Get
    @Returns
    @Operation(operationId = "listSchedules", summary = "The workspace's schedules (viewers)")
    public PageJson<ScheduleJson.Response> list(@PathVariable @IdParam OrgId orgId,
                                                @PathVariable @IdParam WorkspaceId workspaceId,
                                                @QueryValue @Nullable @LimitParam Integer limit,
                                                @QueryValue @Nullable @CursorParam String cursor,
                                                @Authenticated Caller caller) {
        return PageJson.of(listSchedules.list(caller, orgId, workspaceId, PageRequest.parse(limit, cursor)),
                ScheduleJson.Response::of);
    }

    @Get("/{scheduleId}")
    @Returns
    @Operation(operationId = "showSchedule", summary = "One schedule (viewers)")
    public ScheduleJson.Response show(@PathVariable @IdParam OrgId orgId,
                                      @PathVariable @IdParam WorkspaceId workspaceId,
                                      @PathVariable @IdParam ScheduleId scheduleId, @Authenticated Caller caller) {
        return ScheduleJson.Response.of(showSchedule.show(caller, orgId, workspaceId, scheduleId));
    }

    @Get("/{scheduleId}/preview")
    @Returns
    @Operation(operationId = "previewSchedule", summary = "The next fire times after now, in the schedule's zone "
            + "(viewers)")
    public ScheduleJson.Preview preview(@PathVariable @IdParam OrgId orgId,
                                        @PathVariable @IdParam WorkspaceId workspaceId,
                                        @PathVariable @IdParam ScheduleId scheduleId,
                                        @QueryValue @Nullable @Parameter(description = "how many fire times",
                                                schema = @Schema(type = "integer", minimum = "1", maximum = "100",
                                                        defaultValue = "10")) Integer count,
                                        @Authenticated Caller caller) {
        ShowSchedule.Preview preview = showSchedule.preview(caller, orgId, workspaceId, scheduleId,
                count == null ? 10 : count);
        return new ScheduleJson.Preview(preview.zone().getId(), preview.next());
    }

    @Post("/{scheduleId}/pause")
    @Returns
    @Operation(operationId = "pauseSchedule", summary = "Pause a schedule (admins); its slots are not run later")
    public ScheduleJson.Response pause(@PathVariable @IdParam OrgId orgId,
                                       @PathVariable @IdParam WorkspaceId workspaceId,
                                       @PathVariable @IdParam ScheduleId scheduleId, @Authenticated Caller caller) {
        return ScheduleJson.Response.of(pauseSchedule.pause(caller, orgId, workspaceId, scheduleId, true));
    }

    @Post("/{scheduleId}/resume")
    @Returns
    @Operation(operationId = "resumeSchedule", summary = "Resume a schedule (admins), due from its next slot after now")
    public ScheduleJson.Response resume(@PathVariable @IdParam OrgId orgId,
                                        @PathVariable @IdParam WorkspaceId workspaceId,
                                        @PathVariable @IdParam ScheduleId scheduleId, @Authenticated Caller caller) {
        return ScheduleJson.Response.of(pauseSchedule.pause(caller, orgId, workspaceId, scheduleId, false));
    }

    @Get("/{scheduleId}/slots")
    @Returns
    @Operation(operationId = "listScheduleSlots", summary = "What became of the schedule's slots, newest first: "
            + "started with their execution, or skipped with why (viewers)")
    public PageJson<ScheduleJson.Slot> slots(@PathVariable @IdParam OrgId orgId,
                                             @PathVariable @IdParam WorkspaceId workspaceId,
                                             @PathVariable @IdParam ScheduleId scheduleId,
                                             @QueryValue @Nullable @LimitParam Integer limit,
                                             @QueryValue @Nullable @CursorParam String cursor,
                                             @Authenticated Caller caller) {
        return PageJson.of(listSlots.list(caller, orgId, workspaceId, scheduleId, PageRequest.parse(limit, cursor)),
                ScheduleJson.Slot::of);
    }
}
