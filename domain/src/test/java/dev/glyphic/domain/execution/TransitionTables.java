package dev.glyphic.domain.execution;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a design table of the tests: a header of target statuses, then a row per source with X where allowed. */
final class TransitionTables {
    private TransitionTables() {
    }

    /** Every allowed move as {@code "from>to"} in wire names. */
    static Set<String> allowedPairs(String table) {
        List<String> columns = columnNames(table);
        Set<String> allowed = new HashSet<>();
        for (String line : rows(table)) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length != columns.size() + 1) {
                throw new IllegalArgumentException("a row needs a cell per column: " + line);
            }
            for (int i = 1; i < cells.length; i++) {
                switch (cells[i]) {
                    case "X" -> allowed.add(cells[0] + ">" + columns.get(i - 1));
                    case "." -> { }
                    default -> throw new IllegalArgumentException("a cell is X or .: " + cells[i]);
                }
            }
        }
        return allowed;
    }

    static List<String> columnNames(String table) {
        String[] header = table.lines().findFirst().orElseThrow().strip().split("\\s+");
        return Arrays.asList(header).subList(1, header.length);
    }

    static List<String> rowNames(String table) {
        return rows(table).stream().map(line -> line.strip().split("\\s+")[0]).toList();
    }

    private static List<String> rows(String table) {
        return table.lines().skip(1).filter(line -> !line.isBlank()).toList();
    }
}
