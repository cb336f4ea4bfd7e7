package dev.glyphic.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a schedule's due slots fire and which are skipped (and why), and when it is due next. A pure function of
 * the schedule and the clock, so that whichever instance fires a schedule decides the same.
 *
 * @param fire    the slots to start a run for, oldest first
 * @param skipped the slots recorded as skipped, with why
 * @param next    the first slot after now; empty when the expression never fires again
 */
public record SlotPlan(List<Instant> fire, List<Skipped> skipped, Optional<Instant> next) {

    public record Skipped(Instant slot, String reason) {
        public Skipped {
            Objects.requireNonNull(slot);
            Objects.requireNonNull(reason);
        }
    }

    /** How many slots one plan looks at; older ones beyond it are counted in one skipped row's reason. */
    static final int MAX_SLOTS = 1_000;

    public SlotPlan {
        fire = List.copyOf(fire);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(next);
    }

    /**
     * @param due          the schedule's next slot, which has come ({@code due <= now})
     * @param lateAllowance how late a slot may still fire when it is the only one due, or under {@code skip}
     * @param runAllCap     how many missed slots {@code run_all} fires at most
     */
    public static SlotPlan of(CronSchedule cron, ZoneId zone, Instant due, Instant now, MissedRunPolicy policy,
                              Duration lateAllowance, int runAllCap) {
        List<Instant> slots = new ArrayList<>();
        Optional<Instant> next = Optional.of(due);
        long beyond = 0;
        while (next.isPresent() && !next.get().isAfter(now)) {
            if (slots.size() < MAX_SLOTS) {
                slots.add(next.get());
            } else {
                slots.remove(0);
                slots.add(next.get());
                beyond++;
            }
            next = cron.next(next.get(), zone);
        }
        List<Instant> fire = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Instant latest = slots.get(slots.size() - 1);
        boolean latestOnTime = !latest.plus(lateAllowance).isBefore(now);
        switch (policy) {
            case SKIP -> {
                slots.subList(0, slots.size() - 1).forEach(s -> skipped.add(new Skipped(s, "missed (skip)")));
                if (latestOnTime) {
                    fire.add(latest);
                } else {
                    skipped.add(new Skipped(latest, "missed by more than " + lateAllowance + " (skip)"));
                }
            }
            case RUN_ONCE -> {
                slots.subList(0, slots.size() - 1).forEach(s -> skipped.add(new Skipped(s,
                        "missed; run_once ran the latest slot " + latest)));
                fire.add(latest);
            }
            case RUN_ALL -> {
                int from = Math.max(0, slots.size() - runAllCap);
                slots.subList(0, from).forEach(s -> skipped.add(new Skipped(s,
                        "missed; beyond run_all's cap of " + runAllCap)));
                fire.addAll(slots.subList(from, slots.size()));
            }
        }
        if (beyond > 0 && !skipped.isEmpty()) {
            Skipped first = skipped.get(0);
            skipped.set(0, new Skipped(first.slot(), first.reason() + "; " + beyond + " earlier slots were skipped "
                    + "without a record of their own"));
        }
        return new SlotPlan(fire, skipped, next);
    }
}
