-- Event-triggered workflows (issue #7): one subscription per trigger.event node, kept by the trigger registry in the
-- transaction that changes the workflow, and the dispatcher's claim on the outbox.

create table event_subscriptions (
    org_id        uuid        not null,
    workflow_id   uuid        not null,
    node_id       text        not null,
    workspace_id  uuid        not null,
    event_type    text        not null,
    filter        text,
    listening     boolean     not null,
    updated_at    timestamptz not null,
    primary key (org_id, workflow_id, node_id),
    foreign key (org_id, workflow_id) references workflows (org_id, id) on delete cascade,
    foreign key (org_id, workspace_id) references workspaces (org_id, id) on delete cascade
);
create index event_subscriptions_match on event_subscriptions (org_id, workspace_id, event_type) where listening;

alter table event_subscriptions enable row level security;
alter table event_subscriptions force row level security;
create policy tenant_isolation on event_subscriptions using (org_id = app_current_org())
    with check (org_id = app_current_org());
grant select, insert, update, delete on event_subscriptions to ${approle};

-- An instance dispatching an event holds it until then; a crashed one's claim runs out and another takes it.
alter table domain_events add column claimed_until timestamptz;

-- Claims undispatched events across orgs for one instance until p_until: ids only. Each is then dispatched in its
-- own org's transaction, which locks and re-reads it and marks it dispatched with what it started.
create function events_claim(p_now timestamptz, p_until timestamptz, p_limit integer)
    returns table (org_id uuid, event_id uuid)
    language sql volatile security definer set search_path = public, pg_temp as $$
    update domain_events e set claimed_until = p_until
    from (select c.org_id, c.id from domain_events c
          where c.dispatched_at is null and (c.claimed_until is null or c.claimed_until < p_now)
          order by c.occurred_at
          limit p_limit
          for update skip locked) due
    where e.org_id = due.org_id and e.id = due.id
    returning e.org_id, e.id
$$;

-- Dispatched events older than p_before, at most p_limit of them: the outbox keeps what is still to do, and a
-- while of what was done.
create function events_purge(p_before timestamptz, p_limit integer) returns integer
    language sql volatile security definer set search_path = public, pg_temp as $$
    with gone as (
        delete from domain_events where (org_id, id) in (
            select org_id, id from domain_events
            where dispatched_at is not null and dispatched_at < p_before limit p_limit)
        returning 1)
    select count(*)::integer from gone
$$;

revoke execute on function events_claim(timestamptz, timestamptz, integer) from public;
revoke execute on function events_purge(timestamptz, integer) from public;
grant execute on function events_claim(timestamptz, timestamptz, integer) to ${approle};
grant execute on function events_purge(timestamptz, integer) to ${approle};
