package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {
    private static final ExecutionId EXECUTION = ExecutionId.parse("0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");

    /**
     * Pinned values, computed independently (Python's hashlib over the same bytes). Keys of steps in flight must
     * survive a deploy: if the derivation changed, a step half-run before it would get a new key after it and run
     * twice downstream. Changing these is a breaking change.
     */
    @Test
    void theDerivationIsPinned() {
        assertEquals("0725cc84-eb1e-832a-8b12-daaaf0d99c32", IdempotencyKey.of(EXECUTION, "http_1", 0).toString());
        assertEquals("09e536c6-1c88-8a9b-89f2-6624d50642b0", IdempotencyKey.of(EXECUTION, "http_1", 1).toString());
        assertEquals("365b5c19-8445-8dbb-a170-601059e8d151", IdempotencyKey.of(EXECUTION, "émoji-✓", 0).toString());
    }

    @Property
    void theSameStepAlwaysGivesTheSameKey(@ForAll long msb, @ForAll long lsb, @ForAll @NotBlank String nodeId,
                                          @ForAll @IntRange(min = 0, max = 1_000) int generation) {
        ExecutionId execution = new ExecutionId(new UUID(msb, lsb));
        assertEquals(IdempotencyKey.of(execution, nodeId, generation),
                IdempotencyKey.of(new ExecutionId(new UUID(msb, lsb)), new String(nodeId), generation));
    }

    @Property
    void differentStepsGiveDifferentKeys(@ForAll @NotBlank String nodeA, @ForAll @NotBlank String nodeB,
                                         @ForAll @IntRange(min = 0, max = 50) int generationA,
                                         @ForAll @IntRange(min = 0, max = 50) int generationB) {
        Assume.that(!nodeA.equals(nodeB) || generationA != generationB);
        ExecutionId execution = ExecutionId.random();
        assertNotEquals(IdempotencyKey.of(execution, nodeA, generationA),
                IdempotencyKey.of(execution, nodeB, generationB));
        assertNotEquals(IdempotencyKey.of(execution, nodeA, generationA),
                IdempotencyKey.of(ExecutionId.random(), nodeA, generationA));
    }

    @Test
    void aKeyIsAVersion8IetfUuid() {
        UUID key = IdempotencyKey.of(ExecutionId.random(), "send_email", 3).value();
        assertEquals(8, key.version());
        assertEquals(2, key.variant());
    }
}
