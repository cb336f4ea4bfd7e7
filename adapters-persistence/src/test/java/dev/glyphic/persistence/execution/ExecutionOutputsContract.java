package dev.glyphic.persistence.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.out.execution.ExecutionOutputs;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionOutput;
import dev.glyphic.domain.execution.ExecutionOutput.OutputType;
import dev.glyphic.domain.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ExecutionOutputs} promises. */
abstract class ExecutionOutputsContract {
    final ExecutionFixture f = new ExecutionFixture();
    final ExecutionOutputs outputs = outputs();

    /** The port under test, on the fixture's database. */
    abstract ExecutionOutputs outputs();

    @Test
    void insertedOutputsReadBackAsWrittenInTheOrderTheyWereMade() {
        ExecutionRecord execution = f.storedRunning();
        List<ExecutionOutput> made = List.of(
                new ExecutionOutput(UUID.randomUUID(), execution.id(), "write", OutputType.TEXT, Optional.empty(),
                        new Json.Obj(Map.of("text", new Json.Str("a script"))), f.tick()),
                new ExecutionOutput(UUID.randomUUID(), execution.id(), "draw", OutputType.IMAGE,
                        Optional.of(UUID.randomUUID()), new Json.Str("an image"), f.tick()));

        f.inTenant(() -> outputs.insert(f.org, made));

        assertEquals(made, f.inTenant(() -> outputs.of(f.org, execution.id())));
        ExecutionRecord other = f.storedRunning();
        assertEquals(List.of(), f.inTenant(() -> outputs.of(f.org, other.id())),
                "another execution produced nothing");
    }
}
