package dev.glyphic.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slots across daylight-saving transitions, against instants worked out by hand from the published rules (not by
 * any cron library, nor by CronSchedule): a slot in a spring-forward gap fires once, when the gap ends; a slot in a
 * fall-back hour fires once, at its first occurrence. The table this test checks is written to
 * docs/schedules-dst.md, so the document is exactly what is tested.
 */
class ScheduleDstTest {
    private static final List<String> ROWS = new ArrayList<>();

    record Case(String zone, String transition, String cron, String after, List<String> expected, String why) {
    }

    static List<Case> cases() {
        return List.of(
                new Case("America/New_York", "2026-03-08 02:00 EST → 03:00 EDT", "30 2 * * *",
                        "2026-03-07T00:00:00Z", List.of("2026-03-07T07:30:00Z", "2026-03-08T07:00:00Z",
                        "2026-03-09T06:30:00Z"),
                        "02:30 does not exist on the 8th: it fires once, at 03:00 EDT, when the gap ends"),
                new Case("America/New_York", "2026-03-08 02:00 EST → 03:00 EDT", "*/30 * * * *",
                        "2026-03-08T06:00:00Z", List.of("2026-03-08T06:30:00Z", "2026-03-08T07:00:00Z",
                        "2026-03-08T07:30:00Z"),
                        "02:00, 02:30 (in the gap) and 03:00 are one instant: one fire"),
                new Case("America/New_York", "2026-11-01 02:00 EDT → 01:00 EST", "30 1 * * *",
                        "2026-10-31T12:00:00Z", List.of("2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"),
                        "01:30 happens twice on the 1st: it fires at the first (EDT) only"),
                new Case("America/New_York", "2026-11-01 02:00 EDT → 01:00 EST", "*/30 * * * *",
                        "2026-11-01T04:00:00Z", List.of("2026-11-01T04:30:00Z", "2026-11-01T05:00:00Z",
                        "2026-11-01T05:30:00Z", "2026-11-01T07:00:00Z"),
                        "the repeated 01:00-01:59 (EST) fires nothing again; next is 02:00 EST"),
                new Case("Europe/Berlin", "2026-03-29 02:00 CET → 03:00 CEST", "30 2 * * *",
                        "2026-03-28T00:00:00Z", List.of("2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z",
                        "2026-03-30T00:30:00Z"),
                        "02:30 does not exist on the 29th: once, at 03:00 CEST"),
                new Case("Europe/Berlin", "2026-10-25 03:00 CEST → 02:00 CET", "30 2 * * *",
                        "2026-10-24T12:00:00Z", List.of("2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"),
                        "02:30 happens twice on the 25th: once, at the first (CEST)"),
                new Case("Europe/Berlin", "2026-10-25 03:00 CEST → 02:00 CET", "0 * * * *",
                        "2026-10-24T23:30:00Z", List.of("2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z",
                        "2026-10-25T03:00:00Z"),
                        "hourly: 02:00 CEST, then 03:00 CET; the second 02:00 (CET) does not fire"),
                new Case("Australia/Lord_Howe", "2026-10-04 02:00 +10:30 → 02:30 +11:00", "15 2 * * *",
                        "2026-10-02T12:00:00Z", List.of("2026-10-02T15:45:00Z", "2026-10-03T15:30:00Z",
                        "2026-10-04T15:15:00Z"),
                        "a 30-minute gap: 02:15 does not exist on the 4th, once at 02:30 +11:00"),
                new Case("Australia/Lord_Howe", "2026-10-04 02:00 +10:30 → 02:30 +11:00", "*/15 * * * *",
                        "2026-10-03T15:00:00Z", List.of("2026-10-03T15:15:00Z", "2026-10-03T15:30:00Z",
                        "2026-10-03T15:45:00Z"),
                        "02:00, 02:15 (in the gap) and 02:30 are one instant: one fire"),
                new Case("Australia/Lord_Howe", "2026-04-05 02:00 +11:00 → 01:30 +10:30", "45 1 * * *",
                        "2026-04-03T12:00:00Z", List.of("2026-04-03T14:45:00Z", "2026-04-04T14:45:00Z",
                        "2026-04-05T15:15:00Z"),
                        "01:45 happens twice on the 5th (a 30-minute overlap): once, at +11:00"),
                new Case("Asia/Kolkata", "none (UTC+05:30 all year)", "30 2 * * *",
                        "2026-03-07T12:00:00Z", List.of("2026-03-07T21:00:00Z", "2026-03-08T21:00:00Z",
                        "2026-03-28T21:00:00Z"),
                        "no transition: the same UTC time every day, also on other zones' transition days")
                        );
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void slotsAroundTransitionsFireExactlyOnce(Case c) {
        CronSchedule cron = CronSchedule.parse(c.cron());
        ZoneId zone = ZoneId.of(c.zone());
        List<Instant> expected = c.expected().stream().map(Instant::parse).toList();

        List<Instant> fires = new ArrayList<>();
        Instant cursor = Instant.parse(c.after());
        // Kolkata's third expected fire is three weeks later: walk to it, keeping only the listed ones.
        while (fires.size() < expected.size()) {
            Instant next = cron.next(cursor, zone).orElseThrow();
            if (!c.zone().equals("Asia/Kolkata") || expected.contains(next)) {
                fires.add(next);
            }
            cursor = next;
        }

        assertEquals(expected, fires, c.why());
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(zone);
        ROWS.add("| " + c.zone() + " | " + c.transition() + " | `" + c.cron() + "` | "
                + String.join("<br>", fires.stream().map(f -> f + " (" + local.format(f) + ")").toList()) + " | "
                + c.why() + " |");
    }

    @AfterAll
    static void writeTheDocument() throws IOException {
        Path docs = Path.of("..", "docs");
        if (!Files.isDirectory(docs) || ROWS.size() != cases().size()) {
            return;
        }
        Files.writeString(docs.resolve("schedules-dst.md"), """
                # Schedules across daylight saving

                Written by `ScheduleDstTest` (domain module) from the cases it checks; do not edit by hand. Every
                expected instant was worked out by hand from the zone's published rules, not by a cron library.

                The rules (`CronSchedule`): a schedule's slots are local times in its zone. A local time that does not
                exist (the clocks jump forward over it) fires **once, at the instant the gap ends**; several slots in
                one gap, and the slot at its end, are that one instant and fire once. A local time that exists twice
                (the clocks fall back) fires **once, at its first occurrence**; the repeated hour fires nothing again.
                Asia/Kolkata has no transition and is here to show nothing moves.

                | zone | transition | cron | fires (UTC, then local) | why |
                |---|---|---|---|---|
                """ + String.join("\n", ROWS.stream().sorted().toList()) + "\n");
    }
}
