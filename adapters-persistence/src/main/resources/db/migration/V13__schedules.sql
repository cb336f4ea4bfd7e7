-- Schedules (issue #7): one per trigger.schedule node of a workflow, kept by the trigger registry in the transaction
-- that changes the workflow. A schedule fires when it listens (the workflow is active and has the node), is not
-- paused, and its next slot has come.
create table schedules (
    org_id         uuid        not null,
    id             uuid        not null,
    workspace_id   uuid        not null,
    workflow_id    uuid        not null,
    node_id        text        not null,
    name           text        not null,
    cron           text        not null,
    zone           text        not null,
    missed_runs    text        not null check (missed_runs in ('skip', 'run_once', 'run_all')),
    listening      boolean     not null,
    paused         boolean     not null default false,
    next_run_at    timestamptz,
    last_run_at    timestamptz,
    run_count      bigint      not null default 0,
    -- An instance working on the schedule holds it until then; a crashed one's claim simply runs out.
    claimed_until  timestamptz,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    primary key (org_id, id),
    unique (org_id, workflow_id, node_id),
    foreign key (org_id, workflow_id) references workflows (org_id, id) on delete cascade,
    foreign key (org_id, workspace_id) references workspaces (org_id, id) on delete cascade
);
create index schedules_workspace on schedules (org_id, workspace_id, id);
-- The scheduler's queue: only schedules that can fire.
create index schedules_due on schedules (next_run_at) where listening and not paused and next_run_at is not null;

-- Every slot a schedule decided: started (with its run) or skipped (with why). The primary key is the exactly-once
-- claim: a slot's row is written in the transaction that starts its run, so two instances cannot both start it.
create table schedule_slots (
    org_id        uuid        not null,
    -- UUIDv7 when recorded: the history's order and cursor.
    id            uuid        not null unique,
    schedule_id   uuid        not null,
    slot          timestamptz not null,
    outcome       text        not null check (outcome in ('started', 'skipped')),
    reason        text        not null,
    execution_id  uuid,
    recorded_at   timestamptz not null,
    primary key (org_id, schedule_id, slot),
    foreign key (org_id, schedule_id) references schedules (org_id, id) on delete cascade
);
create index schedule_slots_history on schedule_slots (org_id, schedule_id, id desc);

do $$
declare
    t text;
begin
    foreach t in array array['schedules', 'schedule_slots'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (org_id = app_current_org()) '
                       'with check (org_id = app_current_org())', t);
        execute format('create policy engine_functions on %I to %I using (true) with check (true)', t, current_user);
    end loop;
end
$$;

grant select, insert, update, delete on schedules to ${approle};
grant select, insert, delete on schedule_slots to ${approle};

-- Claims due schedules across orgs for one instance until p_until: ids only. Each is then fired in its own org's
-- transaction, which locks and re-reads it, so a claim that ran out while its holder was slow costs nothing but
-- the wait. SKIP LOCKED: instances claiming at once take different schedules.
create function schedules_claim(p_now timestamptz, p_until timestamptz, p_limit integer)
    returns table (org_id uuid, schedule_id uuid)
    language sql volatile security definer set search_path = public, pg_temp as $$
    update schedules s set claimed_until = p_until
    from (select c.org_id, c.id from schedules c
          where c.listening and not c.paused and c.next_run_at <= p_now
            and (c.claimed_until is null or c.claimed_until < p_now)
          order by c.next_run_at
          limit p_limit
          for update skip locked) due
    where s.org_id = due.org_id and s.id = due.id
    returning s.org_id, s.id
$$;

-- The earliest slot any schedule waits for, so an idle scheduler sleeps until then and no longer.
create function schedules_next_due() returns timestamptz
    language sql stable security definer set search_path = public, pg_temp as $$
    select min(next_run_at) from schedules where listening and not paused and next_run_at is not null
$$;

revoke execute on function schedules_claim(timestamptz, timestamptz, integer) from public;
revoke execute on function schedules_next_due() from public;
grant execute on function schedules_claim(timestamptz, timestamptz, integer) to ${approle};
grant execute on function schedules_next_due() to ${approle};
