package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypeTest {

    /**
     * Which produced type (column) each handle type (row) accepts. ANY fits both ways; JSON takes every JSON value,
     * media excepted; the others take only themselves.
     */
    private static final List<String> MATRIX = List.of(
            "         ANY  JSON TEXT NUMBER BOOLEAN MEDIA",
            "ANY      yes  yes  yes  yes    yes     yes",
            "JSON     yes  yes  yes  yes    yes     no",
            "TEXT     yes  no   yes  no     no      no",
            "NUMBER   yes  no   no   yes    no      no",
            "BOOLEAN  yes  no   no   no     yes     no",
            "MEDIA    yes  no   no   no     no      yes");

    @Test
    void eachHandleTypeAcceptsWhatTheMatrixSays() {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        String[] produced = MATRIX.getFirst().trim().split("\\s+");
        for (String row : MATRIX.subList(1, MATRIX.size())) {
            String[] cells = row.trim().split("\\s+");
            ValueType handle = ValueType.valueOf(cells[0]);
            for (int i = 0; i < produced.length; i++) {
                ValueType value = ValueType.valueOf(produced[i]);
                expected.add(handle + " ← " + value + ": " + cells[i + 1]);
                actual.add(handle + " ← " + value + ": " + (handle.accepts(value) ? "yes" : "no"));
            }
        }

        assertEquals(expected, actual);
        assertEquals(ValueType.values().length * ValueType.values().length, actual.size());
    }

    @Test
    void wireNamesAreLowerCase() {
        assertEquals(List.of("any", "json", "text", "number", "boolean", "media"),
                List.of(ValueType.values()).stream().map(ValueType::wireName).toList());
    }
}
