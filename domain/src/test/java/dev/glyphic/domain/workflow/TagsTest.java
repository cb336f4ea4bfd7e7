package dev.glyphic.domain.workflow;

import static dev.glyphic.domain.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagsTest {

    @Test
    void tagsAreStrippedLowerCasedAndFoldedInFirstSeenOrder() {
        Tags tags = Tags.of(List.of(" Marketing ", "q3-2025", "MARKETING", "v1.2_beta", "q3-2025"));

        assertEquals(List.of("marketing", "q3-2025", "v1.2_beta"), tags.values());
    }

    @Test
    void noTagsIsEmpty() {
        assertEquals(List.of(), Tags.none().values());
        assertEquals(Tags.none(), Tags.of(List.of()));
    }

    @Test
    void aTagIsAtMostFiftyCharacters() {
        String fifty = "a".repeat(50);

        assertEquals(List.of(fifty), Tags.of(List.of(fifty)).values());
        assertInvalid("invalid_tag", () -> Tags.of(List.of(fifty + "a")));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "-leading-dash", ".dot", "_under", "two words", "emoji🙂", "slash/tag", "ümlaut",
            "hash#"})
    void aTagIsLettersDigitsDotsUnderscoresAndDashesStartingWithALetterOrDigit(String tag) {
        assertInvalid("invalid_tag", () -> Tags.of(List.of("fine", tag)));
    }

    @Test
    void aMissingTagIsRefused() {
        List<String> withNull = new ArrayList<>(Arrays.asList("fine", null));

        assertInvalid("invalid_tag", () -> Tags.of(withNull));
    }

    @Test
    void atMostTwentyDistinctTagsAreKept() {
        List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "t" + i).toList();
        List<String> twentyOne = IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();
        List<String> twentyOneFoldingToTwenty = new ArrayList<>(twenty);
        twentyOneFoldingToTwenty.add("T0");

        assertEquals(20, Tags.of(twenty).values().size());
        assertEquals(20, Tags.of(twentyOneFoldingToTwenty).values().size());
        assertInvalid("too_many_tags", () -> Tags.of(twentyOne));
    }

    @Test
    void theValuesCannotBeChangedFromOutside() {
        List<String> raw = new ArrayList<>(List.of("a"));
        Tags tags = new Tags(raw);
        raw.add("b");

        assertEquals(List.of("a"), tags.values());
    }
}
