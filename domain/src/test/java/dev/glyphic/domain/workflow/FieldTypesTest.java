package dev.glyphic.domain.workflow;

import static dev.glyphic.domain.workflow.Docs.arr;
import static dev.glyphic.domain.workflow.Docs.assertViolations;
import static dev.glyphic.domain.workflow.Docs.json;
import static dev.glyphic.domain.workflow.Docs.obj;
import static dev.glyphic.domain.workflow.Docs.validate;
import static dev.glyphic.domain.workflow.Docs.workflow;
import static dev.glyphic.domain.workflow.FieldSpec.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.domain.json.Json;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each field type against values of the right and the wrong JSON type, on a made-up node with one of each. */
class FieldTypesTest {
    private static final NodeType EVERY_FIELD = new TestNodeType("test.every_field", NodeCategory.DATA,
            Arrays.stream(FieldType.values())
                    .map(type -> type == FieldType.ENUM
                            ? field(name(type), type).oneOf("red", "green").describe("a colour")
                            : field(name(type), type).describe("a " + type.wireName()))
                    .toList(),
            List.of(Handle.of("input", ValueType.ANY)), List.of(Handle.of("output", ValueType.ANY)));
    private static final NodeCatalogue CATALOGUE = TestNodeType.standardPlus(EVERY_FIELD);

    private static String name(FieldType type) {
        return "a_" + type.name().toLowerCase(Locale.ROOT);
    }

    static Stream<Arguments> rightValues() {
        return Stream.of(
                Arguments.of(FieldType.STRING, json("one line")),
                Arguments.of(FieldType.TEXT, json("several\nlines")),
                Arguments.of(FieldType.NUMBER, json(new BigDecimal("-2.5"))),
                Arguments.of(FieldType.INTEGER, json(42)),
                Arguments.of(FieldType.BOOLEAN, json(false)),
                Arguments.of(FieldType.ENUM, json("green")),
                Arguments.of(FieldType.JSON, obj("any", arr(1, "two", null))),
                Arguments.of(FieldType.JSON, json(7)),
                Arguments.of(FieldType.STRING_LIST, arr("a", "b")),
                Arguments.of(FieldType.STRING_LIST, arr()),
                Arguments.of(FieldType.SECRET_REF, json("stats-token")),
                Arguments.of(FieldType.WORKFLOW_REF, json(Docs.KNOWN_WORKFLOW)));
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of(FieldType.STRING, json(1), "wrong_type"),
                Arguments.of(FieldType.STRING, obj(), "wrong_type"),
                Arguments.of(FieldType.TEXT, json(true), "wrong_type"),
                Arguments.of(FieldType.NUMBER, json("1"), "wrong_type"),
                Arguments.of(FieldType.INTEGER, json(new BigDecimal("0.5")), "wrong_type"),
                Arguments.of(FieldType.INTEGER, json("12"), "wrong_type"),
                Arguments.of(FieldType.BOOLEAN, json("true"), "wrong_type"),
                Arguments.of(FieldType.BOOLEAN, json(1), "wrong_type"),
                Arguments.of(FieldType.ENUM, json("blue"), "not_in_enum"),
                Arguments.of(FieldType.ENUM, arr("red"), "not_in_enum"),
                Arguments.of(FieldType.STRING_LIST, json("a"), "wrong_type"),
                Arguments.of(FieldType.STRING_LIST, arr("a", 1), "wrong_type"),
                Arguments.of(FieldType.SECRET_REF, json(5), "wrong_type"),
                Arguments.of(FieldType.WORKFLOW_REF, json("0190a3c4-5b6d-7e8f-9a0b"), "wrong_type"),
                Arguments.of(FieldType.WORKFLOW_REF, json(5), "wrong_type"));
    }

    private static Json documentWith(FieldType type, Json value) {
        return workflow().trigger("t").node("n", "test.every_field", name(type), value).edge("t", "n").build();
    }

    @ParameterizedTest(name = "{0} takes {1}")
    @MethodSource("rightValues")
    void aValueOfTheFieldsTypeIsAccepted(FieldType type, Json value) {
        assertViolations(validate(CATALOGUE, documentWith(type, value)));
    }

    @ParameterizedTest(name = "{0} refuses {1} with {2}")
    @MethodSource("wrongValues")
    void aValueOfAnotherTypeIsRefusedAtItsField(FieldType type, Json value, String code) {
        assertViolations(validate(CATALOGUE, documentWith(type, value)),
                code + " /nodes/1/data/fields/" + name(type));
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndWhatCame() {
        assertEquals("a_integer must be a whole number, not a string",
                Docs.only(validate(CATALOGUE, documentWith(FieldType.INTEGER, json("12")))).message());
        assertEquals("a_string_list must be a list of strings, not an object",
                Docs.only(validate(CATALOGUE, documentWith(FieldType.STRING_LIST, obj()))).message());
        assertEquals("a_boolean must be true or false, not an array",
                Docs.only(validate(CATALOGUE, documentWith(FieldType.BOOLEAN, arr()))).message());
    }

    @Test
    void everyFieldTypeHasACaseAbove() {
        List<FieldType> covered = Stream.concat(rightValues(), wrongValues())
                .map(arguments -> (FieldType) arguments.get()[0]).distinct().sorted().toList();
        assertEquals(List.of(FieldType.values()), covered);
    }

    @Test
    void anEnumFieldMustListItsValues() {
        assertThrows(IllegalArgumentException.class, () -> field("colour", FieldType.ENUM).describe("a colour"));
    }

    @Test
    void aFieldSpecReadsLikeItsDeclaration() {
        FieldSpec spec = field("url", FieldType.STRING).required().expressions().defaultsTo(Json.of("https://x"))
                .describe("where to call");

        assertEquals(new FieldSpec("url", FieldType.STRING, true, List.of(),
                Optional.of(Json.of("https://x")), true, "where to call"), spec);
    }
}
