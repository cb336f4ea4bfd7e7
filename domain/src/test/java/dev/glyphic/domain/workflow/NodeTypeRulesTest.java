package dev.glyphic.domain.workflow;

import static dev.glyphic.domain.workflow.Docs.arr;
import static dev.glyphic.domain.workflow.Docs.assertValid;
import static dev.glyphic.domain.workflow.Docs.assertViolations;
import static dev.glyphic.domain.workflow.Docs.obj;
import static dev.glyphic.domain.workflow.Docs.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.nodes.ContentGenerate;
import dev.glyphic.domain.workflow.nodes.LogicSwitch;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules particular to one node type, as the validator reports them. */
class NodeTypeRulesTest {

    private static Json schedule(Object... fields) {
        return workflow().node("cron", "trigger.schedule", fields).build();
    }

    /** A workflow whose second node (index 1) is the node under test, fed by a manual trigger. */
    private static Json after(String nodeType, Object... fields) {
        return workflow().trigger("t").node("n", nodeType, fields).edge("t", "n").build();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"*/5 * * * *", "0 9 * * MON-FRI", "0 0 1 1 *", "  15 14 1 * *  ", "0 0 * * 7",
            "0-59/15 0,12 1-31/2 JAN-DEC sun"})
    void aWellFormedCronScheduleIsAccepted(String cron) {
        assertValid(schedule("cron", cron));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"* * * *", "* * * * * *", "60 * * * *", "*/0 * * * *", "5-1 * * * *", "0 24 * * *",
            "0 0 0 * *", "0 0 * 13 *", "0 0 * * 8", "0 0 * * MON-FRI-SAT", "0 0 * MON * ", "1,,2 * * * *",
            "*/5/5 * * * *", "L * * * *", "? * * * *"})
    void aMalformedCronScheduleIsRefusedAtItsField(String cron) {
        assertViolations(schedule("cron", cron), "invalid_cron /nodes/0/data/fields/cron");
    }

    @Test
    void aScheduleIsReadInAnIanaTimeZone() {
        assertValid(schedule("cron", "0 9 * * *", "timezone", "Europe/Paris"));
        assertValid(schedule("cron", "0 9 * * *", "timezone", "America/Argentina/Buenos_Aires"));
        assertViolations(schedule("cron", "0 9 * * *", "timezone", "Mars/Olympus_Mons"),
                "invalid_timezone /nodes/0/data/fields/timezone");
        assertViolations(schedule("cron", "0 9 * * *", "timezone", "+25:00"),
                "invalid_timezone /nodes/0/data/fields/timezone");
    }

    @Test
    void aBlankTimeZoneIsLeftOutAndMeansTheDefault() {
        assertValid(schedule("cron", "0 9 * * *", "timezone", " "));
    }

    @Test
    void aBlankCronIsReportedOnceAsRequired() {
        assertViolations(schedule("cron", ""), "required /nodes/0/data/fields/cron");
    }

    @Test
    void aCronExpressionTemplateIsReportedOnceAsNotAllowed() {
        assertViolations(schedule("cron", "{{ $input.cron }}", "timezone", "{{ $input.zone }}"),
                "expression_not_allowed /nodes/0/data/fields/cron",
                "expression_not_allowed /nodes/0/data/fields/timezone");
    }

    @Test
    void aSwitchNeedsDistinctNamedCases() {
        assertViolations(after("logic.switch", "value", "{{ $input.kind }}", "cases", arr()),
                "empty /nodes/1/data/fields/cases");
        assertViolations(after("logic.switch", "value", "{{ $input.kind }}", "cases", arr("a", "b", "a", "b")),
                "duplicate_case /nodes/1/data/fields/cases/2", "duplicate_case /nodes/1/data/fields/cases/3");
        assertViolations(after("logic.switch", "value", "{{ $input.kind }}", "cases", arr("a", "default", " ")),
                "invalid_case /nodes/1/data/fields/cases/1", "invalid_case /nodes/1/data/fields/cases/2");
    }

    @Test
    void aSwitchHasAnOutputPerCaseAndDefault() {
        Map<String, Json> fields = Map.of("value", Json.of("x"), "cases", arr("short", "long"));

        List<Handle> outputs = new LogicSwitch().outputs(fields);

        assertEquals(List.of(Handle.of("short", ValueType.ANY), Handle.of("long", ValueType.ANY),
                Handle.of("default", ValueType.ANY)), outputs);
        assertEquals(List.of(Handle.of("default", ValueType.ANY)), new LogicSwitch().outputs(Map.of()));
    }

    @Test
    void edgesLeaveASwitchFromItsCasesAndDefault() {
        Json document = workflow().trigger("t")
                .node("s", "logic.switch", "value", "{{ $input.length }}", "cases", arr("short", "long"))
                .step("a").step("b").step("c").step("d").step("e")
                .edge("t", "s")
                .edge("s", "short", "a", null)
                .edge("s", "long", "b", "input")
                .edge("s", "default", "c", null)
                .edge("s", "medium", "d", null)
                .edge("s", "e")
                .build();

        assertViolations(document, "unknown_handle /edges/4/sourceHandle", "handle_required /edges/5/sourceHandle");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"PT5M", "PT1S", "P1D", "P30D", "PT720H", "{{ $input.wait }}"})
    void aDelayWaitsAPositiveIsoDurationOfAtMostThirtyDays(String duration) {
        assertValid(after("flow.delay", "duration", duration));
    }

    @Test
    void aDelayRefusesZeroNegativeTooLongAndNonIsoDurations() {
        assertViolations(after("flow.delay", "duration", "PT0S"), "out_of_range /nodes/1/data/fields/duration");
        assertViolations(after("flow.delay", "duration", "-PT5M"), "out_of_range /nodes/1/data/fields/duration");
        assertViolations(after("flow.delay", "duration", "P31D"), "out_of_range /nodes/1/data/fields/duration");
        assertViolations(after("flow.delay", "duration", "P30DT1S"), "out_of_range /nodes/1/data/fields/duration");
        assertViolations(after("flow.delay", "duration", "5 minutes"),
                "invalid_duration /nodes/1/data/fields/duration");
        assertViolations(after("flow.delay", "duration", "P1M"), "invalid_duration /nodes/1/data/fields/duration");
    }

    @Test
    void anApprovalTimesOutWithinThirtyDaysAndTakesNoExpressionForIt() {
        assertValid(after("flow.approval", "timeout", "PT5M", "onTimeout", "approve", "approverRole", "admin"));
        assertViolations(after("flow.approval", "timeout", "PT0S"), "out_of_range /nodes/1/data/fields/timeout");
        assertViolations(after("flow.approval", "timeout", "P31D"), "out_of_range /nodes/1/data/fields/timeout");
        assertViolations(after("flow.approval", "timeout", "5 minutes"),
                "invalid_duration /nodes/1/data/fields/timeout");
        assertViolations(after("flow.approval", "timeout", "{{ $input.wait }}"),
                "expression_not_allowed /nodes/1/data/fields/timeout");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"https://api.example.com/v1/videos?limit=5", "http://localhost:8080", "HTTPS://EXAMPLE.COM",
            "{{ $input.url }}", "https://api.example.com/videos/{{ $input.id }}"})
    void anHttpRequestCallsAnAbsoluteHttpUrlOrAnExpression(String url) {
        assertValid(after("http.request", "url", url));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"/api/videos", "api.example.com", "ftp://example.com/file", "https://", "https:///path",
            "mailto:someone@example.com", "https:// example.com"})
    void anHttpRequestRefusesAnythingElseAsUrl(String url) {
        assertViolations(after("http.request", "url", url), "invalid_url /nodes/1/data/fields/url");
    }

    @Test
    void aBlankUrlIsReportedOnceAsRequired() {
        assertViolations(after("http.request", "url", "   "), "required /nodes/1/data/fields/url");
    }

    @Test
    void anHttpTimeoutLiesBetweenOneMillisecondAndFiveMinutes() {
        assertValid(after("http.request", "url", "https://example.com", "timeoutMs", 1));
        assertValid(after("http.request", "url", "https://example.com", "timeoutMs", 300_000));
        for (Object timeout : List.of(0, -1, 300_001, 4_294_967_296L, 4_294_967_297L, new BigDecimal("1E+100"))) {
            assertViolations(after("http.request", "url", "https://example.com", "timeoutMs", timeout),
                    "out_of_range /nodes/1/data/fields/timeoutMs");
        }
    }

    @Test
    void aBadTimeoutAndABadUrlAreBothReported() {
        assertViolations(after("http.request", "url", "example.com", "timeoutMs", 0),
                "out_of_range /nodes/1/data/fields/timeoutMs", "invalid_url /nodes/1/data/fields/url");
    }

    @Test
    void dataSetValuesAreAnObjectOfNamesToValues() {
        assertValid(after("data.set", "values", obj()));
        assertValid(after("data.set", "values", obj("title", "{{ $input.title }}", "n", 1), "keepInput", true));
        for (Object values : List.of("{{ $input }}", "text", 5, arr(obj("a", 1)), true)) {
            assertViolations(after("data.set", "values", values), "wrong_type /nodes/1/data/fields/values");
        }
    }

    @Test
    void dataSetValuesLeftOutOrNullAreReportedOnceAsRequired() {
        assertViolations(after("data.set"), "required /nodes/1/data/fields/values");
        assertViolations(after("data.set", "values", null), "required /nodes/1/data/fields/values");
    }

    @Test
    void generatedContentIsTextForAScriptAndMediaOtherwise() {
        ContentGenerate generate = new ContentGenerate();

        assertEquals(List.of(Handle.of("content", ValueType.TEXT)),
                generate.outputs(Map.of("kind", Json.of("script"))));
        for (String kind : List.of("image", "voice", "video")) {
            assertEquals(List.of(Handle.of("content", ValueType.MEDIA)),
                    generate.outputs(Map.of("kind", Json.of(kind))));
        }
        assertEquals(List.of(Handle.of("content", ValueType.MEDIA)), generate.outputs(Map.of()));
    }

    @Test
    void anIntegrationActionNamesAConnectionNotASecret() {
        assertValid(after("integration.action", "provider", "youtube", "action", "upload", "connection", "my-channel",
                "parameters", obj("title", "{{ $input.title }}")));
        assertViolations(after("integration.action", "provider", "youtube", "action", "upload"),
                "required /nodes/1/data/fields/connection");
    }

    @Test
    void anEventTriggerListensToAListedEvent() {
        assertValid(workflow().node("on", "trigger.event", "event", "campaign.completed",
                "filter", "{{ $event.campaign.size > 3 }}").build());
        assertViolations(workflow().node("on", "trigger.event", "event", "user.signed_up").build(),
                "not_in_enum /nodes/0/data/fields/event");
    }
}
