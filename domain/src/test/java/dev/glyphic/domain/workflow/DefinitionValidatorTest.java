package dev.glyphic.domain.workflow;

import static dev.glyphic.domain.workflow.Docs.KNOWN_WORKFLOW;
import static dev.glyphic.domain.workflow.Docs.arr;
import static dev.glyphic.domain.workflow.Docs.assertValid;
import static dev.glyphic.domain.workflow.Docs.assertViolations;
import static dev.glyphic.domain.workflow.Docs.obj;
import static dev.glyphic.domain.workflow.Docs.only;
import static dev.glyphic.domain.workflow.Docs.validate;
import static dev.glyphic.domain.workflow.Docs.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every workflow document keeps, whatever its node types: each reported with its code and pointer. */
class DefinitionValidatorTest {

    @Test
    void aRealisticWorkflowHasNoViolations() {
        Json document = JsonText.parse("""
                {
                  "id": "0190a3c4-0000-7000-8000-000000000001",
                  "revision": 3,
                  "nodes": [
                    {"id": "start", "data": {"label": "Start", "nodeType": "trigger.manual", "fields": {}}},
                    {"id": "fetch", "data": {"label": "Fetch stats", "nodeType": "http.request", "fields": {
                      "method": "POST",
                      "url": "https://api.example.com/videos/{{ $input.videoId }}/stats",
                      "headers": {"Authorization": "Bearer {{ $secrets.statsToken }}"},
                      "body": "{\\"id\\": \\"{{ $input.videoId }}\\"}",
                      "timeoutMs": 10000,
                      "responseFormat": "json"}}},
                    {"id": "popular", "data": {"label": "Popular?", "nodeType": "logic.if", "fields": {
                      "condition": "{{ $node.fetch.views > 1000 }}"}}},
                    {"id": "tag", "data": {"label": "Tag it", "nodeType": "data.set", "fields": {
                      "values": {"tier": "popular", "views": "{{ $node.fetch.views }}"}, "keepInput": true}}},
                    {"id": "script", "data": {"label": "Write a follow-up", "nodeType": "content.generate", "fields": {
                      "kind": "script", "prompt": "A short script about {{ $input.topic }}",
                      "options": {"tone": "upbeat", "length": "{{ $input.seconds }}"}}}}
                  ],
                  "edges": [
                    {"id": "e1", "source": "start", "target": "fetch"},
                    {"id": "e2", "source": "fetch", "sourceHandle": "response",
                     "target": "popular", "targetHandle": "input"},
                    {"id": "e3", "source": "popular", "sourceHandle": "true", "target": "tag"},
                    {"id": "e4", "source": "popular", "sourceHandle": "false", "target": "script"}
                  ],
                  "groups": [],
                  "config": {},
                  "metadata": {"created_by": "user-id", "created_at": "2024-01-01T00:00:00Z"}
                }
                """);

        assertValid(document);
    }

    @Test
    void whatAnEditorStoresBesideTheFormatIsIgnored() {
        Json document = JsonText.parse("""
                {
                  "last_node_id": 2, "last_link_id": 1,
                  "viewport": {"x": 0, "y": 0, "zoom": 1.5},
                  "nodes": [
                    {"id": "start", "type": "input", "pos": [52.59, 458.58], "size": [270, 145], "selected": true,
                     "inputs": [], "outputs": [{"name": "output", "type": "string", "links": [1]}],
                     "style": {"color": "#fff"},
                     "data": {"label": "Start", "nodeType": "trigger.manual", "icon": "play"}},
                    {"id": "note", "type": "default", "pos": [300, 458], "size": [270, 145], "selected": false,
                     "dragging": false,
                     "data": {"nodeType": "data.set", "fields": {"values": {"note": "hello"}}}}
                  ],
                  "edges": [
                    {"id": 1, "source": "start", "target": "note", "type": "smoothstep", "animated": true}
                  ]
                }
                """);

        assertValid(document);
    }

    @Test
    void aNodeIdUsedTwiceIsReportedAtTheLaterNode() {
        Json document = workflow().trigger("t").step("a").step("a").edge("t", "a").build();

        assertViolations(document, "duplicate_node_id /nodes/2/id");
    }

    @Test
    void anUnknownNodeTypeIsReportedAtItsNodeType() {
        Json document = workflow().trigger("t").node("x", "gmail.send", "to", "a@example.com").edge("t", "x")
                .build();

        List<Violation> violations = validate(document);

        assertViolations(violations, "unknown_node_type /nodes/1/data/nodeType");
        assertTrue(only(violations).message().contains("'gmail.send'"), violations::toString);
    }

    @Test
    void anEdgeMustJoinNodesThatExist() {
        Json document = workflow().trigger("t").step("a").edge("t", "a").edge("ghost", "a").edge("a", "nowhere")
                .edge("ghost", "nowhere").build();

        assertViolations(document, "unknown_node /edges/1/source", "unknown_node /edges/2/target",
                "unknown_node /edges/3/source", "unknown_node /edges/3/target");
    }

    @Test
    void anEdgeMayNameOnlyHandlesItsNodesHave() {
        Json document = workflow().trigger("t").node("h", "http.request", "url", "https://example.com").step("s")
                .edge("t", "h").edge("h", "body", "s", null).edge("h", "response", "s", "left").build();

        assertViolations(document, "unknown_handle /edges/1/sourceHandle", "unknown_handle /edges/2/targetHandle");
    }

    @Test
    void anEdgeMayNameTheOnlyHandleOrLeaveItOut() {
        Json document = workflow().trigger("t").step("a").step("b").edge("t", "output", "a", "input")
                .edge("a", "b").build();

        assertValid(document);
    }

    @Test
    void anEdgeFromANodeWithSeveralOutputsMustNameOne() {
        Json document = workflow().trigger("t").node("if", "logic.if", "condition", "{{ $input.ok }}")
                .step("yes").node("ask", "flow.approval").step("after")
                .edge("t", "if").edge("if", "yes").edge("if", "true", "ask", null).edge("ask", "after").build();

        List<Violation> violations = validate(document);

        assertViolations(violations, "handle_required /edges/1/sourceHandle", "handle_required /edges/3/sourceHandle");
        assertTrue(violations.getFirst().message().contains("[true, false]"), violations::toString);
    }

    @Test
    void mediaCannotFlowIntoAHandleThatTakesText() {
        // No standard node takes text only, so a made-up caption node does.
        NodeType caption = new TestNodeType("test.caption", NodeCategory.CONTENT, List.of(),
                List.of(Handle.of("text", ValueType.TEXT)), List.of(Handle.of("output", ValueType.TEXT)));
        Json document = workflow().trigger("t")
                .node("picture", "content.generate", "kind", "image", "prompt", "a cat")
                .node("caption", "test.caption")
                .edge("t", "picture").edge("picture", "caption").build();

        List<Violation> violations = validate(TestNodeType.standardPlus(caption), document);

        assertViolations(violations, "incompatible_handles /edges/1");
        assertEquals("output 'content' carries media but input 'text' takes text", only(violations).message());
    }

    @Test
    void aScriptMayFlowIntoAHandleThatTakesText() {
        NodeType caption = new TestNodeType("test.caption", NodeCategory.CONTENT, List.of(),
                List.of(Handle.of("text", ValueType.TEXT)), List.of(Handle.of("output", ValueType.TEXT)));
        Json document = workflow().trigger("t")
                .node("words", "content.generate", "kind", "script", "prompt", "a cat")
                .node("caption", "test.caption")
                .edge("t", "words").edge("words", "caption").build();

        assertViolations(validate(TestNodeType.standardPlus(caption), document));
    }

    @Test
    void aCycleIsRefusedAndItsPathNamed() {
        Json document = workflow().trigger("t").step("a").step("b").step("c")
                .edge("t", "a").edge("a", "b").edge("b", "c").edge("c", "a").build();

        List<Violation> violations = validate(document);

        assertViolations(violations, "cycle /edges/3");
        assertTrue(only(violations).message().contains("a → b → c → a"), violations::toString);
    }

    @Test
    void aNodeFeedingItselfIsACycle() {
        Json document = workflow().trigger("t").step("a").edge("t", "a").edge("a", "a").build();

        List<Violation> violations = validate(document);

        assertViolations(violations, "cycle /edges/1");
        assertTrue(only(violations).message().contains("a → a"), violations::toString);
    }

    @Test
    void twoBranchesMeetingAgainAreNotACycle() {
        Json document = workflow().trigger("t").node("if", "logic.if", "condition", "{{ $input.ok }}")
                .step("yes").step("no").step("join")
                .edge("t", "if").edge("if", "true", "yes", null).edge("if", "false", "no", null)
                .edge("yes", "join").edge("no", "join").build();

        assertValid(document);
    }

    @Test
    void nothingMayFlowIntoATrigger() {
        Json document = workflow().trigger("t").step("a").node("hook", "trigger.webhook")
                .edge("t", "a").edge("a", "hook").build();

        assertViolations(document, "trigger_has_no_inputs /edges/1/target");
    }

    @Test
    void aWorkflowNeedsATrigger() {
        assertViolations(workflow().step("a").step("b").edge("a", "b").build(), "no_trigger /nodes");
        assertViolations(workflow().build(), "no_trigger /nodes");
    }

    @Test
    void anyKindOfTriggerWillDo() {
        assertValid(workflow().node("hook", "trigger.webhook").build());
        assertValid(workflow().node("cron", "trigger.schedule", "cron", "0 9 * * *").build());
        assertValid(workflow().node("on", "trigger.event", "event", "execution.failed").build());
    }

    @Test
    void aRequiredFieldMustBeGivenAndNotBlank() {
        Json document = workflow().trigger("t")
                .node("missing", "flow.delay")
                .node("nulled", "flow.delay", "duration", null)
                .node("blank", "flow.delay", "duration", "  \t")
                .edge("t", "missing").edge("missing", "nulled").edge("nulled", "blank").build();

        assertViolations(document, "required /nodes/1/data/fields/duration", "required /nodes/2/data/fields/duration",
                "required /nodes/3/data/fields/duration");
    }

    @Test
    void anOptionalFieldMayBeLeftOutNullOrBlank() {
        Json document = workflow().trigger("t")
                .node("g", "content.generate", "kind", "image", "prompt", "a cat", "model", "  ", "options", null)
                .edge("t", "g").build();

        assertValid(document);
    }

    @Test
    void anEnumFieldTakesOnlyItsListedValues() {
        Json document = workflow().trigger("t")
                .node("lower", "http.request", "url", "https://example.com", "method", "get")
                .node("number", "http.request", "url", "https://example.com", "method", 1)
                .node("listed", "http.request", "url", "https://example.com", "method", "DELETE")
                .edge("t", "lower").edge("lower", "number").edge("number", "listed").build();

        assertViolations(document, "not_in_enum /nodes/1/data/fields/method",
                "not_in_enum /nodes/2/data/fields/method");
    }

    @Test
    void aFieldTheTypeDoesNotHaveIsReported() {
        Json document = workflow().trigger("t")
                .node("h", "http.request", "url", "https://example.com", "retries", 3, "a/b~c", true)
                .edge("t", "h").build();

        assertViolations(document, "unknown_field /nodes/1/data/fields/retries",
                "unknown_field /nodes/1/data/fields/a~1b~0c");
    }

    @Test
    void anIntegerFieldTakesWholeNumbersInAnyNotation() {
        for (String whole : List.of("1000", "1000.0", "1E+3", "1.0E3")) {
            Json document = workflow().trigger("t")
                    .node("h", "http.request", "url", "https://example.com", "timeoutMs", new BigDecimal(whole))
                    .edge("t", "h").build();
            assertValid(document);
        }
        Json fraction = workflow().trigger("t")
                .node("h", "http.request", "url", "https://example.com", "timeoutMs", new BigDecimal("1000.5"))
                .edge("t", "h").build();
        assertViolations(fraction, "wrong_type /nodes/1/data/fields/timeoutMs");
    }

    @Test
    void theExpressionLanguageIsAskedAboutEachExpression() {
        Json document = workflow().trigger("t")
                .node("a", "logic.if", "condition", "{{ $input.ok!! }}")
                .node("b", "logic.if", "condition", "{{ $input. }}")
                .node("c", "logic.if", "condition", "{{ $input.ok }} and {{ $input.bad!! }} and {{ $x. }}")
                .edge("t", "a").edge("a", "true", "b", null).edge("b", "true", "c", null).build();

        List<Violation> violations = validate(document);

        assertViolations(violations, "invalid_expression /nodes/1/data/fields/condition",
                "invalid_expression /nodes/2/data/fields/condition",
                "invalid_expression /nodes/3/data/fields/condition",
                "invalid_expression /nodes/3/data/fields/condition");
        assertEquals("'$input.ok!!': '!!' is not an operator", violations.getFirst().message());
    }

    @Test
    void unbalancedBracesAreAnInvalidExpression() {
        Json document = workflow().trigger("t")
                .node("open", "logic.if", "condition", "{{ $input.ok")
                .node("close", "logic.if", "condition", "{{ a }} }}")
                .node("empty", "logic.if", "condition", "{{   }}")
                .edge("t", "open").edge("open", "true", "close", null).edge("close", "true", "empty", null).build();

        List<Violation> violations = validate(document);

        assertViolations(violations, "invalid_expression /nodes/1/data/fields/condition",
                "invalid_expression /nodes/2/data/fields/condition",
                "invalid_expression /nodes/3/data/fields/condition");
        assertEquals(List.of("'{{' is never closed with '}}'", "'}}' without a matching '{{'",
                "'{{ }}' holds no expression"), violations.stream().map(Violation::message).toList());
    }

    @Test
    void expressionsNestedInAJsonFieldAreCheckedWhereTheyAre() {
        Json headers = obj("X-Ok", "{{ $input.token }}",
                "nested", obj("list", arr("plain", "{{ $input.bad!! }}")),
                "a/b", "{{ $input.c. }}",
                "unclosed", "{{ x");
        Json document = workflow().trigger("t")
                .node("h", "http.request", "url", "https://example.com", "headers", headers).edge("t", "h").build();

        assertViolations(document, "invalid_expression /nodes/1/data/fields/headers/nested/list/1",
                "invalid_expression /nodes/1/data/fields/headers/a~1b",
                "invalid_expression /nodes/1/data/fields/headers/unclosed");
    }

    @Test
    void aFieldThatTakesAFixedValueRefusesAnExpression() {
        Json document = workflow().trigger("t")
                .node("h", "http.request", "url", "https://example.com", "timeoutMs", "{{ x }}",
                        "method", "{{ $input.method }}")
                .node("s", "logic.switch", "value", "{{ $input.kind }}", "cases", "{{ $input.kinds }}")
                .edge("t", "h").edge("h", "s").build();

        assertViolations(document, "expression_not_allowed /nodes/1/data/fields/timeoutMs",
                "expression_not_allowed /nodes/1/data/fields/method",
                "expression_not_allowed /nodes/2/data/fields/cases");
    }

    @Test
    void aSubWorkflowMustBeAWorkflowOfTheWorkspace() {
        Json document = workflow().trigger("t")
                .node("known", "flow.subworkflow", "workflowId", KNOWN_WORKFLOW)
                .node("unknown", "flow.subworkflow", "workflowId", "0190a3c4-5b6d-7e8f-9a0b-ffffffffffff")
                .node("malformed", "flow.subworkflow", "workflowId", "not-a-uuid")
                .node("number", "flow.subworkflow", "workflowId", 42)
                .edge("t", "known").edge("known", "unknown").edge("unknown", "malformed").edge("malformed", "number")
                .build();

        assertViolations(document, "unknown_workflow /nodes/2/data/fields/workflowId",
                "wrong_type /nodes/3/data/fields/workflowId", "wrong_type /nodes/4/data/fields/workflowId");
    }

    @Test
    void theReferencesAreAskedOnlyAboutWellFormedIds() {
        List<String> asked = new ArrayList<>();
        Json document = workflow().trigger("t")
                .node("a", "flow.subworkflow", "workflowId", KNOWN_WORKFLOW)
                .node("b", "flow.subworkflow", "workflowId", "nope")
                .edge("t", "a").edge("a", "b").build();

        Docs.validator(NodeCatalogue.standard(), DefinitionLimits.DEFAULT)
                .validate(document, JsonText.utf8Length(document), id -> asked.add(id));

        assertEquals(List.of(KNOWN_WORKFLOW), asked);
    }

    @Test
    void moreNodesThanTheLimitAreRefusedBeforeAnythingElse() {
        DefinitionLimits three = new DefinitionLimits(3, DefinitionLimits.DEFAULT.maxBytes());
        Json four = workflow().step("a").step("b").step("c").step("d").edge("a", "nowhere").build();
        Json exactlyThree = workflow().trigger("t").step("a").step("b").edge("t", "a").edge("a", "b").build();

        List<Violation> refused = Docs.validator(NodeCatalogue.standard(), three)
                .validate(four, JsonText.utf8Length(four), Docs.REFERENCES);
        List<Violation> accepted = Docs.validator(NodeCatalogue.standard(), three)
                .validate(exactlyThree, JsonText.utf8Length(exactlyThree), Docs.REFERENCES);

        assertViolations(refused, "too_many_nodes /nodes");
        assertEquals("the definition has 4 nodes; at most 3 are allowed", only(refused).message());
        assertViolations(accepted);
    }

    @Test
    void aDocumentOverTheByteLimitIsRefusedUnread() {
        Json document = workflow().trigger("t").build();
        long bytes = JsonText.utf8Length(document);
        DefinitionValidator validator = Docs.validator(NodeCatalogue.standard(), new DefinitionLimits(10, bytes));

        List<Violation> atTheLimit = validator.validate(document, bytes, Docs.REFERENCES);
        List<Violation> overTheLimit = validator.validate(Json.of("not even an object"), bytes + 1, Docs.REFERENCES);

        assertViolations(atTheLimit);
        assertViolations(overTheLimit, "too_large ");
        assertEquals("the definition is " + (bytes + 1) + " bytes; at most " + bytes + " are allowed",
                only(overTheLimit).message());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Json document = workflow()
                .step("a")                                                           // no trigger anywhere
                .step("a")                                                           // duplicate id
                .node("b", "video.teleport")                                         // unknown type
                .node("c", "http.request", "method", "FETCH")                        // no url, method not listed
                .node("d", "logic.if", "condition", "{{ $input.ok!! }}")             // bad expression
                .edge("a", "ghost")                                                  // unknown node
                .build();

        assertViolations(document, "no_trigger /nodes", "duplicate_node_id /nodes/1/id",
                "unknown_node_type /nodes/2/data/nodeType", "required /nodes/3/data/fields/url",
                "not_in_enum /nodes/3/data/fields/method", "invalid_expression /nodes/4/data/fields/condition",
                "unknown_node /edges/0/target");
    }

    @Test
    void engineSettingsWithinTheirBoundsAreValid() {
        Json document = workflow().trigger("t")
                .raw(obj("id", "a", "data", obj("nodeType", "data.set", "fields", obj("values", obj("x", 1)),
                        "settings", obj("retry", obj("maxAttempts", 5, "initialBackoffMs", 500, "multiplier", 2,
                                "maxBackoffMs", 60000, "jitter", 0.5), "timeoutMs", 30000))))
                .edge("t", "a")
                .with("config", obj("execution", obj("timeoutMs", 3600000,
                        "concurrency", obj("limit", 1, "policy", "queue"))))
                .build();

        assertValid(document);
    }

    @Test
    void badEngineSettingsAreReportedWithTheOtherProblems() {
        Json document = workflow().trigger("t")
                .raw(obj("id", "a", "data", obj("nodeType", "data.set", "fields", obj("values", obj("x", 1)),
                        "settings", obj("retry", obj("maxAttempts", 0, "backoff", 5), "timeoutMs", "soon"))))
                .raw(obj("id", "b", "data", obj("nodeType", "video.teleport", "settings", obj("timeoutMs", 0))))
                .node("c", "http.request")
                .edge("t", "a")
                .with("config", obj("execution", obj("timeoutMs", 10, "concurrency", obj("policy", "sometimes"))))
                .build();

        assertViolations(document,
                "out_of_range /nodes/1/data/settings/retry/maxAttempts",
                "unknown_setting /nodes/1/data/settings/retry/backoff",
                "wrong_type /nodes/1/data/settings/timeoutMs",
                "out_of_range /nodes/2/data/settings/timeoutMs",
                "unknown_node_type /nodes/2/data/nodeType",
                "required /nodes/3/data/fields/url",
                "out_of_range /config/execution/timeoutMs",
                "not_in_enum /config/execution/concurrency/policy");
    }

    @Test
    void shapeProblemsAreReportedWithTheRulesOfTheRest() {
        Json document = workflow().trigger("t").raw(Json.of("not a node")).step("a")
                .rawEdge(obj("source", "t")).edge("t", "a").with("groups", "none").build();

        assertViolations(document, "wrong_type /nodes/1", "required /edges/0/target", "wrong_type /groups");
    }
}
