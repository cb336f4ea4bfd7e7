-- One id generator: ids are UUIDv7 (RFC 9562) everywhere, as the application makes them (Uuids.v7): 48 bits of Unix
-- time in milliseconds, the version (7), the variant (binary 10) and random bits for the rest. Time-ordered ids keep
-- rows written together close together in the primary key indexes and double as keyset cursors in creation order.
-- PostgreSQL 15 has no built-in; the admission function made its node runs with gen_random_uuid() (version 4).
--
-- A version 4 UUID has the variant already and the version nibble 0100: its first six bytes are overwritten with the
-- time, and bits 52 and 53 (set_bit counts from the low bit of each byte) turn the nibble into 0111.
create function uuid_v7() returns uuid
    language sql volatile parallel safe set search_path = pg_catalog, pg_temp as $$
    select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                  placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
                  from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
$$;

-- V6's admission, unchanged but for the id of the node runs it creates. Replacing it keeps its owner and privileges.
create or replace function engine_admit(p_budget integer, p_max_concurrent integer default null) returns integer
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
        select e.org_id, uuid_v7(), e.id, n, 'pending', now(), now() from unnest(e.entry_nodes) n
        on conflict (org_id, execution_id, node_id) do nothing;
        update node_runs set scheduled_at = now()
        where org_id = e.org_id and execution_id = e.id and status = 'pending' and scheduled_at = 'infinity';
        admitted := admitted + 1;
    end loop;
    return admitted;
end
$$;
