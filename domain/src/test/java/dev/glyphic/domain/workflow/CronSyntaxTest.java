package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronSyntaxTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"* * * * *", "*/5 * * * *", "0 9 * * MON-FRI", "0 0 1 1 *", "0 0 1 JAN *",
            "0 0 1 jan-mar,jul,OCT-DEC *", "30 8 * * sun,sat", "0 0 * * 0", "0 0 * * 7", "0 0 * * SUN-SAT",
            "0,15,30,45 * * * *", "0-30/10 */2 1-15/7 */3 MON-FRI/2", "59 23 31 12 6", "0 0 * FEB/2 *",
            "5/15 * * * *", "\t0  9 *\t* *  "})
    void aWellFormedScheduleHasNoProblem(String cron) {
        assertEquals(Optional.empty(), CronSyntax.problem(cron));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "* * * *              | needs 5 fields (minute hour day-of-month month day-of-week), found 4",
            "* * * * * *          | needs 5 fields (minute hour day-of-month month day-of-week), found 6",
            "''                   | needs 5 fields (minute hour day-of-month month day-of-week), found 1",
            "60 * * * *           | minute: '60' is outside 0-59",
            "* 24 * * *           | hour: '24' is outside 0-23",
            "* * 0 * *            | day of month: '0' is outside 1-31",
            "* * 32 * *           | day of month: '32' is outside 1-31",
            "* * * 13 *           | month: '13' is outside 1-12",
            "* * * * 8            | day of week: '8' is outside 0-7",
            "*/0 * * * *          | minute: step '0' must be a positive number",
            "*/x * * * *          | minute: step 'X' must be a positive number",
            "*/ * * * *           | minute: step '' must be a positive number",
            "5-1 * * * *          | minute: range '5-1' runs backwards",
            "* * * DEC-JAN *      | month: range 'DEC-JAN' runs backwards",
            "*/5/5 * * * *        | minute: '*/5/5' is not a value, range, step or list",
            "1-2-3 * * * *        | minute: '1-2-3' is not a value, range, step or list",
            "1,,2 * * * *         | minute: '' is outside 0-59",
            "* * * MON *          | month: 'MON' is outside 1-12",
            "* * * * JAN          | day of week: 'JAN' is outside 0-7",
            "* * * * MONDAY       | day of week: 'MONDAY' is outside 0-7",
            "007 * * * *          | minute: '007' is outside 0-59",
            "-5 * * * *           | minute: '-5' is outside 0-59"})
    void aMalformedScheduleIsExplained(String cron, String problem) {
        assertEquals(Optional.of(problem), CronSyntax.problem(cron));
    }

    @Test
    void theFirstBadFieldIsTheOneExplained() {
        assertEquals(Optional.of("hour: '25' is outside 0-23"), CronSyntax.problem("0 25 * 13 *"));
    }
}
