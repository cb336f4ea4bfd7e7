package dev.glyphic.persistence.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.ExecutionLogs.LogCursor;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ExecutionLogs} promises. */
abstract class ExecutionLogsContract {
    final ExecutionFixture f = new ExecutionFixture();
    final ExecutionLogs logs = logs();
    final ExecutionRecord execution = f.storedRunning();

    /** The port under test, on the fixture's database. */
    abstract ExecutionLogs logs();

    @Test
    void appendedLinesReadBackInOrderAsWritten() {
        List<LogEntry> lines = List.of(LogEntry.ofExecution(execution.id(), f.tick(), LogLevel.INFO, "started"),
                LogEntry.ofNode(execution.id(), f.tick(), LogLevel.WARN, "a", "http.request", "slow",
                        new Json.Obj(Map.of("ms", new Json.Str("900")))),
                LogEntry.ofExecution(execution.id(), f.tick(), LogLevel.ERROR, "failed"));

        f.inTenant(() -> logs.append(f.org, lines.subList(0, 2)));
        f.inTenant(() -> logs.append(f.org, lines.subList(2, 3)));
        f.inTenant(() -> logs.append(f.org, List.of()));

        assertEquals(lines, f.inTenant(() -> logs.list(f.org, execution.id(), Optional.empty(), 10)));
        ExecutionRecord other = f.storedRunning();
        assertEquals(List.of(), f.inTenant(() -> logs.list(f.org, other.id(), Optional.empty(), 10)),
                "another execution's log is its own");
    }

    @Test
    void moreLinesAtOnceThanOneStatementCarriesAreAllAppended() {
        List<LogEntry> lines = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            lines.add(line("line " + i));
        }

        f.inTenant(() -> logs.append(f.org, lines));

        assertEquals(lines.subList(3_990, 4_000), f.inTenant(() -> logs.list(f.org, execution.id(),
                Optional.of(new LogCursor(lines.get(3_989).at(), lines.get(3_989).id())), 20)));
    }

    @Test
    void aPageHoldsAtMostTheLimitAndTheNextStartsAfterTheCursor() {
        List<LogEntry> lines = List.of(line("one"), line("two"), line("three"));
        f.inTenant(() -> logs.append(f.org, lines));

        assertEquals(lines.subList(0, 2), f.inTenant(() -> logs.list(f.org, execution.id(), Optional.empty(), 2)));
        Optional<LogCursor> afterFirst = f.inTenant(() -> logs.cursor(f.org, execution.id(), lines.get(0).id()));
        assertEquals(Optional.of(new LogCursor(lines.get(0).at(), lines.get(0).id())), afterFirst);
        assertEquals(lines.subList(1, 3), f.inTenant(() -> logs.list(f.org, execution.id(), afterFirst, 10)));
    }

    @Test
    void thereIsNoCursorForALineTheExecutionDoesNotHave() {
        LogEntry line = line("mine");
        f.inTenant(() -> logs.append(f.org, List.of(line)));

        assertEquals(Optional.empty(), f.inTenant(() -> logs.cursor(f.org, execution.id(), UUID.randomUUID())));
        ExecutionRecord other = f.storedRunning();
        assertEquals(Optional.empty(), f.inTenant(() -> logs.cursor(f.org, other.id(), line.id())));
    }

    private LogEntry line(String message) {
        return LogEntry.ofExecution(execution.id(), f.tick(), LogLevel.INFO, message);
    }
}
