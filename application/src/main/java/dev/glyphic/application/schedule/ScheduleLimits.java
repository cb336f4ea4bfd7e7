package dev.glyphic.application.schedule;

import java.time.Duration;

/**
 * The operator's settings of the scheduler.
 *
 * @param batch         schedules one claim takes
 * @param claim         how long a claim holds a schedule before another instance may take it
 * @param lateAllowance how late a lone due slot may fire under {@code skip}
 * @param runAllCap     missed slots {@code run_all} fires at most
 * @param previewMax    fire times one preview may ask for
 */
public record ScheduleLimits(int batch, Duration claim, Duration lateAllowance, int runAllCap, int previewMax) {
}
