-- Inbound webhooks (issue #7): one per trigger.webhook node of a workflow, kept by the trigger registry in the
-- transaction that changes the workflow. `listening` follows the workflow (active, not in the trash, node present);
-- `enabled` is the admin's switch; a call is taken only when both hold.
create table webhooks (
    org_id                 uuid        not null,
    id                     uuid        not null,
    workspace_id           uuid        not null,
    workflow_id            uuid        not null,
    node_id                text        not null,
    -- 32 random bytes, url-safe base64: unguessable, and the only thing a caller needs besides the secret.
    path                   text        not null unique check (path ~ '^[A-Za-z0-9_-]{43}$'),
    method                 text        not null check (method in ('GET', 'POST', 'PUT', 'PATCH', 'DELETE')),
    respond                text        not null check (respond in ('immediately', 'when_finished')),
    scheme                 text        not null default 'standard'
                                       check (scheme in ('standard', 'github', 'stripe', 'none')),
    -- Stored as text until the credential vault (#8) encrypts it.
    secret                 text        not null,
    -- After a rotation the secret before it keeps verifying until previous_secret_until.
    previous_secret        text,
    previous_secret_until  timestamptz,
    listening              boolean     not null,
    enabled                boolean     not null default true,
    last_triggered_at      timestamptz,
    trigger_count          bigint      not null default 0,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    primary key (org_id, id),
    unique (org_id, workflow_id, node_id),
    foreign key (org_id, workflow_id) references workflows (org_id, id) on delete cascade,
    foreign key (org_id, workspace_id) references workspaces (org_id, id) on delete cascade,
    check ((previous_secret is null) = (previous_secret_until is null))
);
create index webhooks_workspace on webhooks (org_id, workspace_id, id);

-- The calls a webhook received, taken or refused, newest kept: the admins' log. A taken call's message id lives
-- on in its execution's idempotency key (webhook:<webhook id>:<message id>), which is what answers a replay.
create table webhook_receipts (
    org_id        uuid        not null,
    id            uuid        not null,
    webhook_id    uuid        not null,
    received_at   timestamptz not null,
    message_id    text,
    status        integer     not null,
    outcome       text        not null check (outcome in ('started', 'repeated', 'refused')),
    reason        text        not null,
    execution_id  uuid,
    primary key (org_id, id),
    foreign key (org_id, webhook_id) references webhooks (org_id, id) on delete cascade
);
create index webhook_receipts_by_webhook on webhook_receipts (org_id, webhook_id, id desc);

do $$
declare
    t text;
begin
    foreach t in array array['webhooks', 'webhook_receipts'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (org_id = app_current_org()) '
                       'with check (org_id = app_current_org())', t);
        execute format('create policy engine_functions on %I to %I using (true) with check (true)', t, current_user);
    end loop;
end
$$;

grant select, insert, update, delete on webhooks to ${approle};
grant select, insert, delete on webhook_receipts to ${approle};

-- The one read across tenants the public endpoint needs: which org a path belongs to. Ids only; the call is then
-- handled in that org's transaction, which reads the webhook itself.
create function webhook_locate(p_path text) returns table (org_id uuid, workspace_id uuid, webhook_id uuid)
    language sql stable security definer set search_path = public, pg_temp as $$
    select w.org_id, w.workspace_id, w.id from webhooks w where w.path = p_path
$$;

revoke execute on function webhook_locate(text) from public;
grant execute on function webhook_locate(text) to ${approle};
