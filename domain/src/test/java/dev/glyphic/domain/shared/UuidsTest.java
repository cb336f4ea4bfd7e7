package dev.glyphic.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UuidsTest {
    private static final long MAX_48_BIT_MILLIS = (1L << 48) - 1;

    /** The order Postgres (and any byte-wise comparison) sorts UUIDs in; {@link UUID#compareTo} is signed. */
    private static int byteOrder(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Test
    void isVersionSevenWithTheIetfVariant() {
        UUID id = Uuids.v7();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Property
    void everyIdIsVersionSevenWithTheIetfVariant(@ForAll @LongRange(min = 0, max = MAX_48_BIT_MILLIS) long millis) {
        UUID id = Uuids.v7(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Property
    void carriesItsMillisecondsInTheTopFortyEightBits(
            @ForAll @LongRange(min = 0, max = MAX_48_BIT_MILLIS) long millis) {
        assertEquals(millis, Uuids.v7(millis).getMostSignificantBits() >>> 16);
    }

    @Test
    void carriesTheCurrentTime() {
        long before = Instant.now().toEpochMilli();
        UUID id = Uuids.v7();
        long after = Instant.now().toEpochMilli();
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(before <= millis && millis <= after, () -> before + " <= " + millis + " <= " + after);
    }

    @Property
    void anIdFromALaterMillisecondSortsAfter(@ForAll @LongRange(min = 0, max = MAX_48_BIT_MILLIS - 1) long millis,
                                             @ForAll @LongRange(min = 1, max = 86_400_000) long later) {
        long laterMillis = Math.min(millis + later, MAX_48_BIT_MILLIS);
        UUID first = Uuids.v7(millis);
        UUID second = Uuids.v7(laterMillis);
        assertTrue(byteOrder(first, second) < 0, first + " should sort before " + second);
        assertTrue(first.toString().compareTo(second.toString()) < 0, "text order follows time order too");
    }

    @Test
    void idsOfTodaySortInTimeOrderWithUuidCompareTo() {
        long now = Instant.parse("2025-05-01T00:00:00Z").toEpochMilli();
        assertTrue(Uuids.v7(now).compareTo(Uuids.v7(now + 1)) < 0);
    }

    @Test
    void tenThousandIdsAreAllDifferent() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Uuids.v7());
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void tenThousandIdsInTheSameMillisecondAreAllDifferent() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Uuids.v7(1_700_000_000_000L));
        }
        assertEquals(10_000, seen.size());
    }
}
