package dev.glyphic.persistence.schedule;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.schedule.ScheduleSlots;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.persistence.Sql;

class PgSchedulesTest extends SchedulesContract {
    @Override
    Schedules schedules() {
        return new PgSchedules(bean(Transactions.class), bean(Sql.class));
    }

    @Override
    ScheduleSlots slots() {
        return new PgScheduleSlots(bean(Sql.class));
    }
}
