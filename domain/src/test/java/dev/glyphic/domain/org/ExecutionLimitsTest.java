package dev.glyphic.domain.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionLimitsTest {

    @Test
    void theDefaultsAreTheDatabasesDefaults() {
        assertEquals(20, ExecutionLimits.DEFAULT.maxConcurrentExecutions());
        assertEquals(30, ExecutionLimits.DEFAULT.retentionDays());
    }

    @ParameterizedTest(name = "{0} concurrent, {1} days")
    @CsvSource({"1, 1", "10000, 3650", "20, 30"})
    void theBoundsThemselvesAreAllowed(int concurrent, int days) {
        ExecutionLimits limits = new ExecutionLimits(concurrent, days);
        assertEquals(concurrent, limits.maxConcurrentExecutions());
        assertEquals(days, limits.retentionDays());
    }

    @ParameterizedTest(name = "{0} concurrent executions")
    @CsvSource({"0", "-1", "10001", "2147483647"})
    void aConcurrencyLimitOutOfRangeIsPointedAt(int concurrent) {
        assertEquals(List.of("/maxConcurrentExecutions out_of_range"), violations(concurrent, 30));
    }

    @ParameterizedTest(name = "{0} days")
    @CsvSource({"0", "-30", "3651"})
    void aRetentionOutOfRangeIsPointedAt(int days) {
        assertEquals(List.of("/executionRetentionDays out_of_range"), violations(20, days));
    }

    @Test
    void bothProblemsAreReportedAtOnce() {
        assertEquals(List.of("/maxConcurrentExecutions out_of_range", "/executionRetentionDays out_of_range"),
                violations(0, 0));
    }

    @Test
    void theCheckersRefuseWithoutAPointerSoTheCallerCanPointTheRefusal() {
        DomainException.Invalid refused = assertThrows(DomainException.Invalid.class,
                () -> ExecutionLimits.checkRetentionDays(3651));
        assertEquals("", refused.violations().getFirst().pointer());
        assertEquals("must be between 1 and 3650", refused.violations().getFirst().message());
        assertEquals(5, ExecutionLimits.checkMaxConcurrentExecutions(5));
    }

    @Test
    void amendingReplacesWhatIsGivenAndKeepsWhatIsNot() {
        ExecutionLimits limits = new ExecutionLimits(5, 7);
        assertEquals(new ExecutionLimits(50, 7), limits.amend(50, null));
        assertEquals(new ExecutionLimits(5, 90), limits.amend(null, 90));
        assertEquals(limits, limits.amend(null, null));
        assertThrows(DomainException.Invalid.class, () -> limits.amend(null, 0));
    }

    private static List<String> violations(int concurrent, int days) {
        DomainException.Invalid refused = assertThrows(DomainException.Invalid.class,
                () -> new ExecutionLimits(concurrent, days));
        return refused.violations().stream().map(v -> v.pointer() + " " + v.code()).toList();
    }
}
