package dev.glyphic.application.port.out.schedule;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.schedule.ScheduleSlot;
import java.util.List;

/** What became of each slot of a schedule; bounded per schedule (the oldest go). */
public interface ScheduleSlots {

    /** How many slot records a schedule keeps. */
    int KEPT = 500;

    /**
     * Records each slot unless it is recorded already (the claim that makes a slot fire once however many instances
     * decide it), in one round trip, and answers how many were new.
     */
    int claim(List<ScheduleSlot> slots);

    /** The newest first. */
    List<ScheduleSlot> list(OrgId orgId, ScheduleId scheduleId, PageRequest page);
}
