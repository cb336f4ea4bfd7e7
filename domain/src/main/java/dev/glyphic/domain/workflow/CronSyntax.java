package dev.glyphic.domain.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the five-field cron syntax users know from crontab: {@code minute hour day-of-month month day-of-week},
 * each a {@code *}, a value, a range {@code a-b}, a step {@code *}/n or {@code a-b/n}, or a comma list of these;
 * months and weekdays also by their three-letter names. Only the syntax: computing slots is the scheduler's job.
 */
public final class CronSyntax {
    private record Range(String name, int min, int max, Map<String, Integer> names) {
    }

    private static final List<Range> FIELDS = List.of(
            new Range("minute", 0, 59, Map.of()),
            new Range("hour", 0, 23, Map.of()),
            new Range("day of month", 1, 31, Map.of()),
            new Range("month", 1, 12, Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3),
                    Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
                    Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11),
                    Map.entry("DEC", 12))),
            new Range("day of week", 0, 7, Map.of("SUN", 0, "MON", 1, "TUE", 2, "WED", 3, "THU", 4, "FRI", 5,
                    "SAT", 6)));

    private CronSyntax() {
    }

    /** What is wrong with the expression, or empty when it is well-formed. */
    public static Optional<String> problem(String expression) {
        String[] parts = expression.trim().split("\\s+");
        if (parts.length != FIELDS.size()) {
            return Optional.of("needs 5 fields (minute hour day-of-month month day-of-week), found " + parts.length);
        }
        for (int i = 0; i < parts.length; i++) {
            Optional<String> problem = fieldProblem(parts[i].toUpperCase(Locale.ROOT), FIELDS.get(i));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fieldProblem(String field, Range range) {
        for (String item : field.split(",", -1)) {
            String[] stepped = item.split("/", -1);
            if (stepped.length > 2) {
                return bad(range, item);
            }
            if (stepped.length == 2 && !positive(stepped[1])) {
                return Optional.of(range.name() + ": step '" + stepped[1] + "' must be a positive number");
            }
            String base = stepped[0];
            if (base.equals("*")) {
                continue;
            }
            String[] bounds = base.split("-", -1);
            if (bounds.length > 2) {
                return bad(range, item);
            }
            Integer low = value(bounds[0], range);
            Integer high = bounds.length == 2 ? value(bounds[1], range) : low;
            if (low == null || high == null) {
                return Optional.of(range.name() + ": '" + item + "' is outside " + range.min() + "-" + range.max());
            }
            if (low > high) {
                return Optional.of(range.name() + ": range '" + item + "' runs backwards");
            }
        }
        return Optional.empty();
    }

    private static Integer value(String text, Range range) {
        Integer named = range.names().get(text);
        if (named != null) {
            return named;
        }
        if (!text.matches("\\d{1,2}")) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value < range.min() || value > range.max() ? null : value;
    }

    private static boolean positive(String text) {
        return text.matches("\\d{1,2}") && Integer.parseInt(text) > 0;
    }

    private static Optional<String> bad(Range range, String item) {
        return Optional.of(range.name() + ": '" + item + "' is not a value, range, step or list");
    }
}
