-- Identity and tenancy: the tables everything else hangs from.
--
-- Runs as the role that owns the schema. The application connects as ${approle}, which owns nothing, has no
-- BYPASSRLS, and gets row privileges table by table below. Every tenant-owned table carries org_id, keys that lead
-- with it (so the schema can later be distributed by org_id), and a forced Row Level Security policy on the
-- transaction-local setting app.org_id: no setting, no rows.

create function app_current_org() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.org_id', true), '')::uuid $$;

-- Set only by use cases that list a person's own memberships across organizations (GET /orgs).
create function app_current_user() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

-- Global: users are people, not tenants' data. One account per email, compared lower-case.
create table users (
    id             uuid primary key,
    email          text        not null unique check (email = lower(email)),
    name           text        not null,
    password_hash  text,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    last_login_at  timestamptz
);

-- Subjects of external OpenID Connect issuers, linked to users.
create table user_identities (
    issuer      text        not null,
    subject     text        not null,
    user_id     uuid        not null references users (id) on delete cascade,
    linked_at   timestamptz not null,
    primary key (issuer, subject)
);
create index user_identities_user on user_identities (user_id);

-- Refresh tokens, by digest only. session_id groups a token with the ones it replaced.
create table refresh_tokens (
    id            uuid primary key,
    session_id    uuid        not null,
    user_id       uuid        not null references users (id) on delete cascade,
    token_digest  text        not null unique,
    issued_at     timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz,
    revoked_at    timestamptz
);
create index refresh_tokens_session on refresh_tokens (session_id);
create index refresh_tokens_live_by_user on refresh_tokens (user_id) where revoked_at is null;

create table login_failures (
    email      text        not null,
    failed_at  timestamptz not null
);
create index login_failures_email on login_failures (email, failed_at);

-- The tenant root: its id is the org_id of everything below.
create table organizations (
    id          uuid primary key,
    name        text        not null,
    slug        text        not null unique,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table memberships (
    org_id     uuid        not null references organizations (id) on delete cascade,
    user_id    uuid        not null references users (id) on delete cascade,
    role       text        not null check (role in ('owner', 'admin', 'member', 'viewer')),
    joined_at  timestamptz not null,
    primary key (org_id, user_id)
);
create index memberships_user on memberships (user_id);

create table workspaces (
    org_id      uuid        not null references organizations (id) on delete cascade,
    id          uuid        not null,
    name        text        not null,
    slug        text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    primary key (org_id, id),
    unique (org_id, slug)
);

create table invitations (
    org_id        uuid        not null references organizations (id) on delete cascade,
    id            uuid        not null,
    email         text        not null,
    role          text        not null check (role in ('owner', 'admin', 'member', 'viewer')),
    invited_by    uuid        not null references users (id) on delete cascade,
    token_digest  text        not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    accepted_at   timestamptz,
    primary key (org_id, id),
    unique (org_id, token_digest)
);

create table api_keys (
    org_id        uuid        not null references organizations (id) on delete cascade,
    id            uuid        not null,
    name          text        not null,
    role          text        not null check (role in ('owner', 'admin', 'member', 'viewer')),
    created_by    uuid        not null references users (id) on delete cascade,
    token_digest  text        not null,
    hint          text        not null,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    primary key (org_id, id),
    unique (org_id, token_digest)
);

-- Append-only. Actors are kept as plain ids, not foreign keys: the trail outlives the people in it.
create table audit_events (
    org_id            uuid        not null references organizations (id) on delete cascade,
    id                uuid        not null,
    occurred_at       timestamptz not null,
    actor_user_id     uuid,
    actor_api_key_id  uuid,
    action            text        not null,
    target_type       text        not null,
    target_id         text,
    details           jsonb       not null default '{}',
    ip                text,
    user_agent        text,
    primary key (org_id, id)
);

-- Row Level Security: the same policy on every table whose rows belong to one organization.
do $$
declare
    t text;
begin
    foreach t in array array['memberships', 'workspaces', 'invitations', 'api_keys', 'audit_events'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (org_id = app_current_org()) '
                       'with check (org_id = app_current_org())', t);
    end loop;
end
$$;

alter table organizations enable row level security;
alter table organizations force row level security;
create policy tenant_isolation on organizations
    using (id = app_current_org()) with check (id = app_current_org());

-- A person may read their own memberships, and the organizations they belong to, across tenants; never write them.
create policy own_memberships_read on memberships for select
    using (user_id = app_current_user());
create policy member_organizations_read on organizations for select
    using (exists (select 1 from memberships m where m.org_id = organizations.id and m.user_id = app_current_user()));

grant usage on schema public to ${approle};
grant execute on function app_current_org(), app_current_user() to ${approle};
grant select, insert, update, delete on
    users, user_identities, refresh_tokens, login_failures,
    organizations, memberships, workspaces, invitations, api_keys
    to ${approle};
-- The audit trail is append-only for the application; rows leave only with their organization.
grant select, insert on audit_events to ${approle};
