package dev.glyphic.domain.workflow.nodes;

import static dev.glyphic.domain.workflow.FieldSpec.field;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.CronSyntax;
import dev.glyphic.domain.workflow.FieldType;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.ValueType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class ScheduleTrigger extends DeclaredNodeType {
    public ScheduleTrigger() {
        super("trigger.schedule", NodeCategory.TRIGGER, "Starts a run at each slot of a cron schedule, in a time zone",
                List.of(field("cron", FieldType.STRING).required()
                                .describe("five fields: minute hour day-of-month month day-of-week"),
                        field("timezone", FieldType.STRING).defaultsTo(Json.of("UTC"))
                                .describe("IANA time zone the schedule is read in, e.g. Europe/Paris"),
                        field("missedRuns", FieldType.ENUM).oneOf("skip", "run_once", "run_all")
                                .defaultsTo(Json.of("run_once"))
                                .describe("what to do with slots missed while the system was down")),
                List.of(), List.of(Handle.of("output", ValueType.JSON)));
    }

    @Override
    public List<Violation> crossFieldViolations(Map<String, Json> fields) {
        List<Violation> violations = new ArrayList<>();
        if (fields.get("cron") instanceof Json.Str cron) {
            CronSyntax.problem(cron.value()).ifPresent(problem -> violations.add(Violation.of("cron", "invalid_cron",
                    problem)));
        }
        if (fields.get("timezone") instanceof Json.Str zone) {
            try {
                ZoneId.of(zone.value());
            } catch (DateTimeException e) {
                violations.add(Violation.of("timezone", "invalid_timezone", "must be an IANA time zone such as "
                        + "Europe/Paris"));
            }
        }
        return violations;
    }
}
