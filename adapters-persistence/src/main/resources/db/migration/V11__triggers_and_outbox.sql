-- Triggers (issue #7), the shared part: which version of each workflow has its triggers registered, and the outbox
-- of domain events. Webhooks, schedules and outbound endpoints have migrations of their own.

-- One row per workflow whose triggers were registered: the version they belong to, or null when none is live
-- (inactive or in the trash). Written in the transaction that changes the workflow; at start-up every workflow whose
-- row does not match it is registered again (triggers_drifted), so "active" always means "listening".
create table trigger_registrations (
    org_id        uuid        not null,
    workflow_id   uuid        not null,
    version       integer     check (version >= 1),
    registered_at timestamptz not null,
    primary key (org_id, workflow_id),
    foreign key (org_id, workflow_id) references workflows (org_id, id) on delete cascade
);

-- Domain events, appended in the transaction of the change that causes them. The dispatcher marks each one
-- dispatched in the transaction that acts on it (starts the event-triggered runs, queues the outbound deliveries),
-- so an event is acted on exactly once and never lost between a commit and a send.
create table domain_events (
    org_id        uuid        not null,
    id            uuid        not null,
    workspace_id  uuid        not null,
    event_type    text        not null,
    subject       uuid        not null,
    data          jsonb       not null,
    -- How many event-started runs led to this event; the dispatcher stops reacting past the engine's depth limit.
    depth         integer     not null check (depth >= 0),
    occurred_at   timestamptz not null,
    dispatched_at timestamptz,
    primary key (org_id, id),
    foreign key (org_id, workspace_id) references workspaces (org_id, id) on delete cascade
);
-- The dispatcher's queue: small, because dispatching empties it.
create index domain_events_undispatched on domain_events (occurred_at, org_id, id) where dispatched_at is null;

do $$
declare
    t text;
begin
    foreach t in array array['trigger_registrations', 'domain_events'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (org_id = app_current_org()) '
                       'with check (org_id = app_current_org())', t);
        execute format('create policy engine_functions on %I to %I using (true) with check (true)', t, current_user);
    end loop;
    -- The drift check below reads every org's workflows (ids and flags only leave it).
    execute format('create policy engine_functions_read on workflows for select to %I using (true)', current_user);
end
$$;

grant select, insert, update, delete on trigger_registrations to ${approle};
grant select, insert, update on domain_events to ${approle};

-- Workflows whose registrations do not match them, across orgs: ids only. Reconciliation then registers each in
-- its own tenant's transaction. A full scan of workflows, run once per start.
create function triggers_drifted(p_limit integer) returns table (org_id uuid, workspace_id uuid, workflow_id uuid)
    language sql stable security definer set search_path = public, pg_temp as $$
    select w.org_id, w.workspace_id, w.id
    from workflows w
    left join trigger_registrations r on r.org_id = w.org_id and r.workflow_id = w.id
    where (w.is_active and w.deleted_at is null and r.version is distinct from w.version)
       or ((not w.is_active or w.deleted_at is not null) and r.version is not null)
    limit p_limit
$$;

revoke execute on function triggers_drifted(integer) from public;
grant execute on function triggers_drifted(integer) to ${approle};
