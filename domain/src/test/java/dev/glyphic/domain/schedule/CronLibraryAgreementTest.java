package dev.glyphic.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * CronSchedule agrees with cron-utils, a well-kept cron library, on thousands of random expressions in UTC (where
 * no daylight saving can differ: around transitions cron-utils has known bugs, e.g. its issue #446, and
 * ScheduleDstTest checks hand-computed instants instead).
 */
class CronLibraryAgreementTest {
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    @Test
    void nextFireTimesAgreeWithCronUtilsInUtc() {
        Random random = new Random(20261203);
        for (int i = 0; i < 3_000; i++) {
            String expression = String.join(" ", field(random, 0, 59), field(random, 0, 23), dayField(random),
                    field(random, 1, 12), "*");
            if (random.nextInt(4) == 0) {
                expression = String.join(" ", field(random, 0, 59), field(random, 0, 23), "*",
                        field(random, 1, 12), field(random, 0, 6));
            }
            Instant after = Instant.ofEpochSecond(1_767_225_600L + random.nextInt(3 * 365 * 86_400));
            Optional<Instant> ours = CronSchedule.parse(expression).next(after, ZoneOffset.UTC);
            Optional<Instant> theirs = ExecutionTime.forCron(UNIX.parse(expression))
                    .nextExecution(ZonedDateTime.ofInstant(after, ZoneOffset.UTC)).map(ZonedDateTime::toInstant);
            assertEquals(theirs, ours, expression + " after " + after);
        }
    }

    private static String dayField(Random random) {
        return random.nextInt(3) == 0 ? "*" : field(random, 1, 28);
    }

    /** A value, a range, a step, a stepped range, or a list of two of them. */
    private static String field(Random random, int min, int max) {
        return switch (random.nextInt(6)) {
            case 0 -> "*";
            case 1 -> String.valueOf(min + random.nextInt(max - min + 1));
            case 2 -> "*/" + (1 + random.nextInt(Math.max(1, (max - min) / 2)));
            case 3 -> {
                int low = min + random.nextInt(max - min + 1);
                int high = low + random.nextInt(max - low + 1);
                yield low + "-" + high;
            }
            case 4 -> {
                int low = min + random.nextInt(max - min + 1);
                int high = low + random.nextInt(max - low + 1);
                yield low + "-" + high + "/" + (1 + random.nextInt(5));
            }
            default -> (min + random.nextInt(max - min + 1)) + "," + (min + random.nextInt(max - min + 1));
        };
    }
}
