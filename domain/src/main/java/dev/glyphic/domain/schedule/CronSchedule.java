package dev.glyphic.domain.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A five-field cron expression ({@code minute hour day-of-month month day-of-week}, as crontab reads it, plus the
 * {@code @hourly}-style macros) and the instants it fires at in a time zone.
 *
 * <p>Slots are local times of the zone, mapped to instants by two rules that keep a schedule from firing twice or
 * never around daylight saving: a local time that does not exist (spring forward) fires once, at the instant the gap
 * ends; a local time that exists twice (fall back) fires once, at its first occurrence, and the repeated hour fires
 * nothing again. Both are tested against hand-computed instants (ScheduleDstTest, docs/schedules-dst.md).
 */
public final class CronSchedule {
    private static final int SEARCH_YEARS = 8;

    /** The expression is not well-formed; the message names the field and what is wrong. */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    private record Field(String name, int min, int max, Map<String, Integer> names) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("minute", 0, 59, Map.of()),
            new Field("hour", 0, 23, Map.of()),
            new Field("day of month", 1, 31, Map.of()),
            new Field("month", 1, 12, Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3),
                    Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
                    Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11),
                    Map.entry("DEC", 12))),
            new Field("day of week", 0, 7, Map.of("SUN", 0, "MON", 1, "TUE", 2, "WED", 3, "THU", 4, "FRI", 5,
                    "SAT", 6)));

    private static final Map<String, String> MACROS = Map.of("@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean anyDay;
    private final boolean anyWeekday;

    private CronSchedule(String expression, List<BitSet> fields, boolean anyDay, boolean anyWeekday) {
        this.expression = expression;
        this.minutes = fields.get(0);
        this.hours = fields.get(1);
        this.days = fields.get(2);
        this.months = fields.get(3);
        this.weekdays = fields.get(4);
        if (weekdays.get(7)) {
            weekdays.set(0);
        }
        this.anyDay = anyDay;
        this.anyWeekday = anyWeekday;
    }

    public static CronSchedule parse(String expression) {
        Objects.requireNonNull(expression, "cron");
        String trimmed = expression.trim();
        String expanded = MACROS.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
        String[] parts = expanded.split("\\s+");
        if (parts.length != FIELDS.size()) {
            throw new Invalid("needs 5 fields (minute hour day-of-month month day-of-week), found " + parts.length);
        }
        List<BitSet> sets = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            sets.add(field(parts[i].toUpperCase(Locale.ROOT), FIELDS.get(i)));
        }
        return new CronSchedule(trimmed, sets, parts[2].startsWith("*"), parts[4].startsWith("*"));
    }

    public String expression() {
        return expression;
    }

    /**
     * The first instant strictly after {@code after} at which the schedule fires in {@code zone}; empty when it never
     * fires in the next years (the 30th of February).
     */
    public Optional<Instant> next(Instant after, ZoneId zone) {
        LocalDateTime start = LocalDateTime.ofInstant(after, zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDate last = start.toLocalDate().plusYears(SEARCH_YEARS);
        for (LocalDate date = start.toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (!months.get(date.getMonthValue())) {
                date = date.withDayOfMonth(date.lengthOfMonth());
                continue;
            }
            if (!dayMatches(date)) {
                continue;
            }
            LocalTime from = date.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIDNIGHT;
            for (int hour = hours.nextSetBit(from.getHour()); hour >= 0; hour = hours.nextSetBit(hour + 1)) {
                int firstMinute = hour == from.getHour() ? from.getMinute() : 0;
                for (int minute = minutes.nextSetBit(firstMinute); minute >= 0;
                     minute = minutes.nextSetBit(minute + 1)) {
                    Instant fire = instantOf(LocalDateTime.of(date, LocalTime.of(hour, minute)), zone);
                    // In a repeated hour, a local time already passed at its first occurrence maps before `after`.
                    if (fire.isAfter(after)) {
                        return Optional.of(fire);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The next {@code count} fire instants after {@code after}, in order. */
    public List<Instant> preview(Instant after, ZoneId zone, int count) {
        List<Instant> fires = new java.util.ArrayList<>(count);
        Instant cursor = after;
        while (fires.size() < count) {
            Optional<Instant> next = next(cursor, zone);
            if (next.isEmpty()) {
                break;
            }
            fires.add(next.get());
            cursor = next.get();
        }
        return fires;
    }

    /**
     * Crontab's rule: when both day fields are restricted (neither starts with {@code *}), a day matches when either
     * does; otherwise both must.
     */
    private boolean dayMatches(LocalDate date) {
        boolean day = days.get(date.getDayOfMonth());
        boolean weekday = weekdays.get(date.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : date.getDayOfWeek().getValue());
        return anyDay || anyWeekday ? day && weekday : day || weekday;
    }

    /**
     * A local time as an instant: the earlier offset when it exists twice; the end of the gap when it does not exist.
     */
    static Instant instantOf(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (!offsets.isEmpty()) {
            // ZoneOffset orders the largest offset first: the one at which the local time comes first.
            return local.atOffset(Collections.min(offsets)).toInstant();
        }
        ZoneOffsetTransition gap = zone.getRules().getTransition(local);
        return gap != null ? gap.getInstant() : ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private static BitSet field(String text, Field field) {
        BitSet set = new BitSet(field.max() + 1);
        for (String item : text.split(",", -1)) {
            String[] stepped = item.split("/", -1);
            if (stepped.length > 2) {
                throw bad(field, item);
            }
            int step = 1;
            if (stepped.length == 2) {
                if (!stepped[1].matches("\\d{1,2}") || Integer.parseInt(stepped[1]) == 0) {
                    throw new Invalid(field.name() + ": step '" + stepped[1] + "' must be a positive number");
                }
                step = Integer.parseInt(stepped[1]);
            }
            String base = stepped[0];
            int low;
            int high;
            if (base.equals("*")) {
                low = field.min();
                high = field.name().equals("day of week") ? 6 : field.max();
            } else {
                String[] bounds = base.split("-", -1);
                if (bounds.length > 2) {
                    throw bad(field, item);
                }
                Integer from = value(bounds[0], field);
                Integer to = bounds.length == 2 ? value(bounds[1], field) : from;
                if (from == null || to == null) {
                    throw new Invalid(field.name() + ": '" + item + "' is outside " + field.min() + "-" + field.max());
                }
                if (from > to) {
                    throw new Invalid(field.name() + ": range '" + item + "' runs backwards");
                }
                low = from;
                // "5/15" is 5 through the end, every 15 (as cronie and Vixie cron read it).
                high = bounds.length == 1 && stepped.length == 2 ? field.max() : to;
            }
            for (int value = low; value <= high; value += step) {
                set.set(value);
            }
        }
        return set;
    }

    private static Integer value(String text, Field field) {
        Integer named = field.names().get(text);
        if (named != null) {
            return named;
        }
        if (!text.matches("\\d{1,2}")) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value < field.min() || value > field.max() ? null : value;
    }

    private static Invalid bad(Field field, String item) {
        return new Invalid(field.name() + ": '" + item + "' is not a value, range, step or list");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronSchedule that && expression.equals(that.expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
