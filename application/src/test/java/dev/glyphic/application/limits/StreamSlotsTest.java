package dev.glyphic.application.limits;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.RequestOrigin;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StreamSlotsTest {
    private static final RequestOrigin NOWHERE = new RequestOrigin(Optional.empty(), Optional.empty());

    @Test
    void aReleasedSlotIsFreeAgainAndReleasingTwiceFreesOnlyOne() {
        StreamSlots slots = new StreamSlots(new StreamSlots.Caps(1, 10, 10));
        Caller ada = new Caller.Person(UserId.random(), Optional.empty(), NOWHERE);
        OrgId org = new OrgId(UUID.randomUUID());

        StreamSlots.Slot slot = slots.acquire(ada, org);
        assertThrows(DomainException.RateLimited.class, () -> slots.acquire(ada, org));
        slot.close();
        slot.close();

        slots.acquire(ada, org);
        assertThrows(DomainException.RateLimited.class, () -> slots.acquire(ada, org), "one slot, not two");
    }
}
