-- Executions: runs of workflows, their node runs (which double as the engine's work queue) and their logs.
--
-- Tenant isolation is the same forced policy as everywhere. The engine, though, must look across tenants to be
-- fair between them: admitting queued executions under each org's quota, claiming due node runs round-robin by org,
-- renewing leases, sweeping overdue executions, purging old ones. The application role never gets that view.
-- Instead, the functions below run as the schema owner (SECURITY DEFINER), each doing one narrow engine step and
-- answering ids only; a second policy lets exactly the owner role see every row of the tables they touch. Whatever
-- the engine then reads or writes about an execution, it does inside that execution's tenant transaction.

alter table organizations
    add column max_concurrent_executions integer not null default 20
        check (max_concurrent_executions between 1 and 10000),
    add column execution_retention_days integer not null default 30
        check (execution_retention_days between 1 and 3650);

create table executions (
    org_id              uuid        not null,
    id                  uuid        not null,
    workspace_id        uuid        not null,
    workflow_id         uuid        not null,
    workflow_version    integer     not null check (workflow_version >= 1),
    status              text        not null check (status in
                            ('queued', 'running', 'waiting', 'succeeded', 'failed', 'cancelled', 'timed_out')),
    trigger_type        text        not null check (trigger_type in
                            ('manual', 'webhook', 'schedule', 'event', 'campaign', 'replay')),
    trigger_data        jsonb       not null,
    input               jsonb       not null,
    output              jsonb,
    error_message       text,
    error_stack         text,
    -- Who started it: a user, an API key, or neither (the system: schedule, webhook, event, campaign).
    started_by_user     uuid,
    started_by_api_key  uuid,
    -- A sub-workflow's run knows the node run that waits for it; a replay knows what it replays.
    parent_execution_id uuid,
    parent_node_run_id  uuid,
    replay_of           uuid,
    -- The Idempotency-Key of the request that started it, and what that request asked for, so that a key reused
    -- for another request is refused rather than answered with the wrong execution.
    idempotency_key     text,
    request_digest      text,
    -- Fixed when it is queued, from the pinned version, so that admission needs no definition: the nodes it starts
    -- at, its per-workflow concurrency limit (null: none) and its timeout.
    entry_nodes         text[]      not null,
    concurrency_limit   integer     check (concurrency_limit >= 1),
    timeout_ms          bigint      not null check (timeout_ms > 0),
    created_at          timestamptz not null,
    started_at          timestamptz,
    completed_at        timestamptz,
    deadline_at         timestamptz,
    primary key (org_id, id),
    foreign key (org_id, workspace_id) references workspaces (org_id, id) on delete cascade,
    foreign key (org_id, workflow_id) references workflows (org_id, id) on delete cascade,
    foreign key (org_id, parent_execution_id) references executions (org_id, id)
        on delete set null (parent_execution_id),
    constraint executions_one_initiator check (started_by_user is null or started_by_api_key is null),
    constraint executions_final_completed check
        ((completed_at is not null) = (status in ('succeeded', 'failed', 'cancelled', 'timed_out'))),
    constraint executions_error_iff_failed check ((error_message is not null) = (status = 'failed'))
);

-- Admission: the queue of each org, oldest first, and the loose scan for orgs with anything queued.
create index executions_queued on executions (org_id, created_at, id) where status = 'queued';
-- Quotas: running executions per org, and executions under way (running or waiting) per workflow.
create index executions_running on executions (org_id, workflow_id) where status in ('running', 'waiting');
-- The timeout sweep, across tenants.
create index executions_deadline on executions (deadline_at) where status in ('running', 'waiting');
-- Listings by keyset, newest first: a workspace's, and a workflow's.
create index executions_by_workspace on executions (org_id, workspace_id, created_at desc, id desc);
create index executions_by_workflow on executions (org_id, workflow_id, created_at desc, id desc);
-- Retention purge, oldest first per org.
create index executions_by_age on executions (org_id, created_at);
create unique index executions_idempotency on executions (org_id, idempotency_key) where idempotency_key is not null;
create index executions_children on executions (org_id, parent_execution_id) where parent_execution_id is not null;

-- One row per node and execution: the logical step, carried through its attempts (see NodeRun in the domain).
-- Pending rows are the engine's queue.
create table node_runs (
    org_id            uuid        not null,
    id                uuid        not null,
    execution_id      uuid        not null,
    node_id           text        not null,
    status            text        not null check (status in
                          ('pending', 'running', 'waiting', 'succeeded', 'failed', 'skipped', 'cancelled', 'timed_out')),
    retry_generation  integer     not null default 0 check (retry_generation >= 0),
    attempt           integer     not null default 1 check (attempt >= 1),
    -- When a pending attempt may be claimed (later than its creation while a retry waits out its backoff).
    scheduled_at      timestamptz not null,
    -- When a waiting run is due to be resumed: its delay ends, its approval times out, or now (it was resolved).
    wake_at           timestamptz,
    wait_kind         text        check (wait_kind in ('delay', 'approval', 'child')),
    wait_detail       jsonb,
    -- What resolved a wait early: an approval's decision, a child execution's end.
    resolution        jsonb,
    -- The lease of a running attempt: which worker holds it, and until when unless renewed.
    locked_by         text,
    locked_until      timestamptz,
    input             jsonb,
    output            jsonb,
    fired_handles     text[],
    error             text,
    created_at        timestamptz not null,
    started_at        timestamptz,
    completed_at      timestamptz,
    primary key (org_id, id),
    unique (org_id, execution_id, node_id),
    foreign key (org_id, execution_id) references executions (org_id, id) on delete cascade,
    constraint node_runs_lease_iff_running check ((locked_by is not null) = (status = 'running')),
    constraint node_runs_wake_iff_waiting check ((wake_at is not null) = (status = 'waiting'))
);

-- The claim's three sources, across tenants: due pending attempts, due waits, expired leases.
create index node_runs_due on node_runs (scheduled_at) where status = 'pending';
create index node_runs_wake on node_runs (wake_at) where status = 'waiting';
create index node_runs_lease on node_runs (locked_until) where status = 'running';
-- Pending approvals of an org.
create index node_runs_approvals on node_runs (org_id, created_at) where status = 'waiting' and wait_kind = 'approval';

-- executions and node_runs are queues as much as tables: every admission, claim and completion leaves a dead row
-- version behind, and until vacuum removes them the queue indexes above keep entries that the admission and claim
-- scans must step over (they start at the oldest). So they are vacuumed after a fixed number of changes, not a share
-- of the table, and without the cost-based pauses.
alter table executions set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000,
                            autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.02);
alter table node_runs set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000,
                           autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.02);

-- Logs are append-only and by far the largest table, so they are partitioned by month: purging old months is
-- dropping a partition, not deleting rows. engine_maintain_log_partitions() keeps the next months ready; the default
-- partition catches anything outside them, so an insert never fails for want of a partition.
create table execution_logs (
    org_id        uuid        not null,
    execution_id  uuid        not null,
    logged_at     timestamptz not null,
    id            uuid        not null,
    level         text        not null check (level in ('debug', 'info', 'warn', 'error')),
    node_id       text,
    node_type     text,
    message       text        not null,
    data          jsonb,
    primary key (org_id, execution_id, logged_at, id)
) partition by range (logged_at);
create table execution_logs_default partition of execution_logs default;

do $$
declare
    t text;
begin
    foreach t in array array['executions', 'node_runs', 'execution_logs'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (org_id = app_current_org()) '
                       'with check (org_id = app_current_org())', t);
    end loop;
    -- The owner (running these migrations, and the engine functions below) sees every tenant's rows.
    foreach t in array array['organizations', 'executions', 'node_runs', 'execution_logs'] loop
        execute format('create policy engine_functions on %I to %I using (true) with check (true)', t, current_user);
    end loop;
end
$$;

grant select, insert, update, delete on executions, node_runs to ${approle};
-- Logs are history: the application adds them; only the purge (as the owner) removes them.
grant select, insert on execution_logs to ${approle};

-- Creates the monthly log partitions from this month through the next two, and drops the months older than the
-- longest retention any org has (their rows are past every org's retention, so dropping deletes nothing that a
-- row-by-row purge would keep). Rows in the default partition stay until the row-by-row purge takes them.
create function engine_maintain_log_partitions() returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    month date;
    keep_days integer;
    part record;
begin
    for i in 0..2 loop
        month := (date_trunc('month', now()) + make_interval(months => i))::date;
        if to_regclass(format('execution_logs_%s', to_char(month, 'YYYYMM'))) is null then
            execute format('create table %I partition of execution_logs for values from (%L) to (%L)',
                           format('execution_logs_%s', to_char(month, 'YYYYMM')), month,
                           (month + interval '1 month')::date);
        end if;
    end loop;
    select coalesce(max(execution_retention_days), 3650) into keep_days from organizations;
    for part in
        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'execution_logs'::regclass and c.relname ~ '^execution_logs_[0-9]{6}$'
          and to_date(right(c.relname, 6), 'YYYYMM') + interval '1 month' < now() - make_interval(days => keep_days)
    loop
        execute format('drop table %I', part.relname);
    end loop;
end
$$;

-- Admission: moves up to p_budget queued executions to running, within each org's quota, and creates the pending
-- runs of their entry nodes. Orgs take turns: every org with room gets its oldest queued execution admitted before
-- any org gets its second (within a turn, oldest first), so one org's flood delays another org's execution by one
-- round at most, while an org alone may use the whole budget. Nothing is written per org: a hot row updated at
-- every admission grows a chain of row versions that every reader of the org then walks. Only one instance admits
-- at a time (others skip this round), which keeps the quota counts exact.
create function engine_admit(p_budget integer) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    e record;
    admitted integer := 0;
    workflow_running integer;
begin
    if not pg_try_advisory_xact_lock(hashtext('glyphic.engine.admission')) then
        return 0;
    end if;
    for e in
        with recursive queued_orgs(org_id) as (
            -- The distinct orgs with anything queued, by a loose index scan: one probe per org, however deep its
            -- queue.
            (select org_id from executions where status = 'queued' order by org_id limit 1)
            union all
            select (select x.org_id from executions x
                    where x.status = 'queued' and x.org_id > q.org_id order by x.org_id limit 1)
            from queued_orgs q where q.org_id is not null
        ), rooms as (
            select q.org_id, org.max_concurrent_executions
                       - (select count(*) from executions r where r.org_id = q.org_id and r.status = 'running') as room
            from queued_orgs q join organizations org on org.id = q.org_id
            where q.org_id is not null
        ), under_way as (
            -- Runs under way per workflow of those orgs, for the workflows' own limits (waiting ones count).
            select r.org_id, r.workflow_id, count(*) as runs from executions r
            where r.status in ('running', 'waiting') and r.org_id in (select org_id from rooms)
            group by r.org_id, r.workflow_id
        ), candidates as (
            select c.*,
                   row_number() over (partition by c.org_id order by c.created_at, c.id) as turn
            from rooms o cross join lateral (
                -- A workflow at its own limit is passed over, so that its queue cannot hold up the org's others.
                select x.org_id, x.id, x.created_at, x.workflow_id, x.concurrency_limit, x.entry_nodes, x.timeout_ms
                from executions x
                where x.org_id = o.org_id and x.status = 'queued'
                  and (x.concurrency_limit is null or x.concurrency_limit > coalesce((select u.runs from under_way u
                       where u.org_id = x.org_id and u.workflow_id = x.workflow_id), 0))
                order by x.created_at, x.id
                limit least(o.room, p_budget)
            ) c
            where o.room > 0
        )
        select * from candidates
        order by turn, created_at, id
        limit p_budget
    loop
        -- Locked one by one: a cancellation holding the row wins, and the execution waits for the next round.
        perform 1 from executions x where x.org_id = e.org_id and x.id = e.id and x.status = 'queued'
            for update skip locked;
        continue when not found;
        if e.concurrency_limit is not null then
            -- A waiting run (a delay, an approval) is still under way: it counts against the limit.
            select count(*) into workflow_running from executions r
            where r.org_id = e.org_id and r.workflow_id = e.workflow_id and r.status in ('running', 'waiting');
            continue when workflow_running >= e.concurrency_limit;
        end if;
        update executions set status = 'running', started_at = now(),
                              deadline_at = now() + make_interval(secs => e.timeout_ms / 1000.0)
        where org_id = e.org_id and id = e.id;
        -- A fresh execution starts at its entry nodes. One retried from its failed node has its runs already,
        -- parked (pending, due at 'infinity') until now.
        insert into node_runs (org_id, id, execution_id, node_id, status, scheduled_at, created_at)
        select e.org_id, gen_random_uuid(), e.id, n, 'pending', now(), now() from unnest(e.entry_nodes) n
        on conflict (org_id, execution_id, node_id) do nothing;
        update node_runs set scheduled_at = now()
        where org_id = e.org_id and execution_id = e.id and status = 'pending' and scheduled_at = 'infinity';
        admitted := admitted + 1;
    end loop;
    return admitted;
end
$$;

-- The claim: admits up to p_limit queued executions, then leases up to p_limit due node runs to p_worker, taking
-- orgs in turn as admission does (every org's oldest due run before any org's second), so a flooding org delays
-- another org's run by one claim at most and an org alone may take them all. Three kinds of work are due: a pending
-- attempt whose time has come ('pending'), a wait that has run out or been resolved ('waiting'), and a running
-- attempt whose worker stopped renewing its lease ('lease_lost'). Each comes back running under the new lease; what
-- the claim means for the step is decided by the engine, in the domain. A fresh execution is claimed in the same
-- call that admits it.
create function engine_claim(p_worker text, p_limit integer, p_lease_ms integer)
    returns table (org_id uuid, node_run_id uuid, execution_id uuid, claimed text)
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform engine_admit(p_limit);
    return query
    with due as (
        select n.org_id, n.id, n.status, n.scheduled_at as due_at from node_runs n
        where n.status = 'pending' and n.scheduled_at <= now()
        union all
        select n.org_id, n.id, n.status, n.wake_at from node_runs n
        where n.status = 'waiting' and n.wake_at <= now()
        union all
        select n.org_id, n.id, n.status, n.locked_until from node_runs n
        where n.status = 'running' and n.locked_until < now()
    ), turns as (
        select d.*, row_number() over (partition by d.org_id order by d.due_at, d.id) as turn from due d
    ), picked as (
        select t.org_id, t.id, t.status from turns t order by t.turn, t.due_at, t.id limit p_limit
    ), locked as (
        -- Re-checked under the row lock: another worker may have taken or finished it since the scan.
        select r.org_id, r.id, r.status from node_runs r join picked p on r.org_id = p.org_id and r.id = p.id
        where r.status = p.status
          and (r.status = 'pending' and r.scheduled_at <= now()
               or r.status = 'waiting' and r.wake_at <= now()
               or r.status = 'running' and r.locked_until < now())
        for update of r skip locked
    )
    update node_runs r
       set status = 'running', locked_by = p_worker,
           locked_until = now() + make_interval(secs => p_lease_ms / 1000.0),
           started_at = case when l.status = 'pending' then now() else r.started_at end,
           wake_at = null
      from locked l
     where r.org_id = l.org_id and r.id = l.id
    returning r.org_id, r.id, r.execution_id,
              case l.status when 'pending' then 'pending' when 'waiting' then 'waiting' else 'lease_lost' end;
end
$$;

-- Lease renewal: extends the leases p_worker still holds among p_ids and answers those. An id missing from the
-- answer was lost (cancelled, or re-claimed after the lease ran out), and its worker must stop working on it.
create function engine_renew(p_worker text, p_ids uuid[], p_lease_ms integer) returns setof uuid
    language sql security definer set search_path = public, pg_temp as $$
    update node_runs set locked_until = now() + make_interval(secs => p_lease_ms / 1000.0)
    where id = any(p_ids) and status = 'running' and locked_by = p_worker
    returning id
$$;

-- Executions past their deadline, for the engine to time out one by one in their tenant's transaction.
create function engine_overdue(p_limit integer) returns table (org_id uuid, execution_id uuid)
    language sql security definer set search_path = public, pg_temp as $$
    select e.org_id, e.id from executions e
    where e.status in ('running', 'waiting') and e.deadline_at <= now()
    order by e.deadline_at limit p_limit
$$;

-- Retention: deletes up to p_batch of the oldest finished executions past their org's retention (their node runs
-- and logs go with them). Small batches keep locks short; the caller repeats while it returns p_batch.
create function engine_purge(p_batch integer) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    deleted integer;
begin
    with doomed as (
        select e.org_id, e.id from organizations o
        cross join lateral (
            select x.org_id, x.id from executions x
            where x.org_id = o.id and x.created_at < now() - make_interval(days => o.execution_retention_days)
              and x.status in ('succeeded', 'failed', 'cancelled', 'timed_out')
            order by x.created_at limit p_batch
        ) e
        limit p_batch
    ), logs as (
        delete from execution_logs l using doomed d where l.org_id = d.org_id and l.execution_id = d.id
    )
    delete from executions x using doomed d where x.org_id = d.org_id and x.id = d.id;
    get diagnostics deleted = row_count;
    return deleted;
end
$$;

-- Functions are executable by PUBLIC unless revoked; these are for the application role alone.
revoke execute on function engine_maintain_log_partitions(), engine_admit(integer),
    engine_claim(text, integer, integer), engine_renew(text, uuid[], integer), engine_overdue(integer),
    engine_purge(integer) from public;
grant execute on function engine_maintain_log_partitions(), engine_claim(text, integer, integer),
    engine_renew(text, uuid[], integer), engine_overdue(integer), engine_purge(integer) to ${approle};

select engine_maintain_log_partitions();
