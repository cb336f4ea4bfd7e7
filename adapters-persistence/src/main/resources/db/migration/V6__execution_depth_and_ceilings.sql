-- Bounds an organization cannot raise (issue #5): how deep sub-workflows may nest, and the operator's ceilings on
-- the limits an organization chooses for itself.
--
-- An execution records how deep it sits below the run that started its tree (a root is 0, its child 1, ...), so
-- that a sub-workflow node can refuse a child beyond the operator's depth without walking the chain of parents.
-- Adding a column with a constant default rewrites no rows.
alter table executions add column depth smallint not null default 0 check (depth >= 0);

-- The operator's ceilings apply to what organizations stored before a ceiling was lowered, too: the engine functions
-- take them as parameters and use the lower of the org's value and the ceiling (least() ignores a null, so a caller
-- that passes none gets the org's value as before). The functions are redefined with one more parameter each; their
-- bodies are V4's but for that.
drop function engine_claim(text, integer, integer);
drop function engine_admit(integer);
drop function engine_purge(integer);
drop function engine_maintain_log_partitions();

create function engine_maintain_log_partitions(p_max_retention_days integer default null) returns void
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
    select least(coalesce(max(execution_retention_days), 3650), p_max_retention_days) into keep_days
    from organizations;
    for part in
        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'execution_logs'::regclass and c.relname ~ '^execution_logs_[0-9]{6}$'
          and to_date(right(c.relname, 6), 'YYYYMM') + interval '1 month' < now() - make_interval(days => keep_days)
    loop
        execute format('drop table %I', part.relname);
    end loop;
end
$$;

create function engine_admit(p_budget integer, p_max_concurrent integer default null) returns integer
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
            select q.org_id, least(org.max_concurrent_executions, p_max_concurrent)
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

create function engine_claim(p_worker text, p_limit integer, p_lease_ms integer,
                             p_max_concurrent integer default null)
    returns table (org_id uuid, node_run_id uuid, execution_id uuid, claimed text)
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform engine_admit(p_limit, p_max_concurrent);
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

create function engine_purge(p_batch integer, p_max_retention_days integer default null) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    deleted integer;
begin
    with doomed as (
        select e.org_id, e.id from organizations o
        cross join lateral (
            select x.org_id, x.id from executions x
            where x.org_id = o.id
              and x.created_at < now() - make_interval(days => least(o.execution_retention_days,
                                                                   p_max_retention_days))
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

revoke execute on function engine_maintain_log_partitions(integer), engine_admit(integer, integer),
    engine_claim(text, integer, integer, integer), engine_purge(integer, integer) from public;
grant execute on function engine_maintain_log_partitions(integer), engine_claim(text, integer, integer, integer),
    engine_purge(integer, integer) to ${approle};
