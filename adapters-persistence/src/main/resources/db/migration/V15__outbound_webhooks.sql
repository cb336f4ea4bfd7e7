-- Outbound webhooks (issue #7): tenants' endpoints, and one delivery per event and endpoint, sent by whichever
-- instance claims it, retried with backoff, every attempt kept for the admins' log.

create table webhook_endpoints (
    org_id                 uuid        not null,
    id                     uuid        not null,
    workspace_id           uuid        not null,
    url                    text        not null check (length(url) <= 2000),
    event_types            text[]      not null,
    -- Stored as text until the credential vault (#8) encrypts it.
    secret                 text        not null,
    previous_secret        text,
    previous_secret_until  timestamptz,
    enabled                boolean     not null,
    disabled_reason        text,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    primary key (org_id, id),
    foreign key (org_id, workspace_id) references workspaces (org_id, id) on delete cascade,
    check ((previous_secret is null) = (previous_secret_until is null))
);
create index webhook_endpoints_workspace on webhook_endpoints (org_id, workspace_id, id);

create table webhook_deliveries (
    org_id           uuid        not null,
    -- UUIDv7; also the message id the receiver sees (webhook-id: msg_<id>), the same on every attempt.
    id               uuid        not null,
    endpoint_id      uuid        not null,
    event_id         uuid        not null,
    event_type       text        not null,
    payload          jsonb       not null,
    status           text        not null check (status in ('pending', 'succeeded', 'failed', 'dead')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz,
    claimed_until    timestamptz,
    last_status      integer,
    last_error       text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    primary key (org_id, id),
    unique (org_id, endpoint_id, event_id),
    foreign key (org_id, endpoint_id) references webhook_endpoints (org_id, id) on delete cascade
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_by_endpoint on webhook_deliveries (org_id, endpoint_id, id desc);

create table webhook_delivery_attempts (
    org_id            uuid        not null,
    id                uuid        not null,
    delivery_id       uuid        not null,
    attempted_at      timestamptz not null,
    status_code       integer,
    duration_ms       integer     not null,
    error             text,
    response_excerpt  text,
    primary key (org_id, id),
    foreign key (org_id, delivery_id) references webhook_deliveries (org_id, id) on delete cascade
);
create index webhook_delivery_attempts_by_delivery on webhook_delivery_attempts (org_id, delivery_id, id);

do $$
declare
    t text;
begin
    foreach t in array array['webhook_endpoints', 'webhook_deliveries', 'webhook_delivery_attempts'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (org_id = app_current_org()) '
                       'with check (org_id = app_current_org())', t);
        execute format('create policy engine_functions on %I to %I using (true) with check (true)', t, current_user);
    end loop;
end
$$;

grant select, insert, update, delete on webhook_endpoints to ${approle};
grant select, insert, update, delete on webhook_deliveries to ${approle};
grant select, insert, delete on webhook_delivery_attempts to ${approle};

-- Claims due deliveries across orgs for one sender until p_until: ids only. A sender that dies holding one loses
-- it when the claim runs out, and another sends it: at least once.
create function deliveries_claim(p_now timestamptz, p_until timestamptz, p_limit integer)
    returns table (org_id uuid, delivery_id uuid)
    language sql volatile security definer set search_path = public, pg_temp as $$
    update webhook_deliveries d set claimed_until = p_until
    from (select c.org_id, c.id from webhook_deliveries c
          where c.status = 'pending' and c.next_attempt_at <= p_now
            and (c.claimed_until is null or c.claimed_until < p_now)
          order by c.next_attempt_at
          limit p_limit
          for update skip locked) due
    where d.org_id = due.org_id and d.id = due.id
    returning d.org_id, d.id
$$;

revoke execute on function deliveries_claim(timestamptz, timestamptz, integer) from public;
grant execute on function deliveries_claim(timestamptz, timestamptz, integer) to ${approle};
