-- Workflows of a workspace and their immutable versions.
--
-- The definition is kept whole as JSONB (the editor's document, passed through untouched); the columns beside it
-- are what listing, filtering and the rules need without reading the document. Keys lead with org_id, and both
-- tables carry the same forced tenant_isolation policy as V1.

create table workflows (
    org_id            uuid        not null,
    id                uuid        not null,
    workspace_id      uuid        not null,
    name              text        not null,
    -- The name sort key. Listing filters on a plain column, not on lower(name): see the note on indexes below.
    name_key          text        collate "C" not null generated always as (lower(name)) stored,
    description       text        not null default '',
    tags              text[]      not null default '{}',
    is_active         boolean     not null,
    is_public         boolean     not null,
    definition        jsonb       not null,
    version           integer     not null check (version >= 1),
    is_valid          boolean     not null,
    -- Derived from the definition on every write, so it cannot drift from it. A draft's nodes may not be an array.
    node_count        integer     not null generated always as (
                          case when jsonb_typeof(definition -> 'nodes') = 'array'
                               then jsonb_array_length(definition -> 'nodes') else 0 end) stored,
    execution_count   bigint      not null default 0,
    last_executed_at  timestamptz,
    -- Plain ids, not foreign keys: a workflow outlives the person who wrote it.
    created_by        uuid        not null,
    created_at        timestamptz not null,
    updated_by        uuid        not null,
    updated_at        timestamptz not null,
    deleted_at        timestamptz,
    primary key (org_id, id),
    foreign key (org_id, workspace_id) references workspaces (org_id, id) on delete cascade,
    constraint workflows_active_only_if_valid check (not (is_active and not is_valid))
);

-- Indexes. The app role reads through a forced Row Level Security policy, and under one PostgreSQL makes a condition
-- an index condition only if every function it applies to a column is LEAKPROOF. Comparisons (=, <, >) of uuid,
-- timestamptz and text are; lower(), LIKE, array and jsonb @> are not, and only a superuser can mark them. So every
-- listing condition that must reach an index compares a plain column: name_key rather than lower(name), and the
-- name prefix as a range of name_key. GIN indexes on tags, on definition -> 'nodes'
-- (jsonb_path_ops) and a pg_trgm index for "name contains" were tried and left out: the planner never uses them for
-- the app role (those filters run on the rows of the sorted index scan instead), and each would cost every save.
--
-- The listing indexes cover live rows only; each serves one sort of the listing by keyset, so a page costs a range
-- scan of limit + 1 rows at any depth.
create index workflows_live_by_updated on workflows (org_id, workspace_id, updated_at desc, id desc)
    where deleted_at is null;
-- name_key is in the "C" collation, so the sort, its keyset condition and the prefix range agree byte for byte
-- whatever the database's collation (code point order: accented letters come after 'z').
create index workflows_live_by_name on workflows (org_id, workspace_id, name_key, id)
    where deleted_at is null;
-- The trash listing, and the cascade when a workspace is deleted (it must find live and trashed rows alike).
create index workflows_workspace_deleted on workflows (org_id, workspace_id, deleted_at);

-- One row per saved definition; never changed afterwards, and gone only with its workflow.
create table workflow_versions (
    org_id          uuid        not null,
    workflow_id     uuid        not null,
    version         integer     not null check (version >= 1),
    definition      jsonb       not null,
    change_summary  text        not null default '',
    author          uuid        not null,
    created_at      timestamptz not null,
    primary key (org_id, workflow_id, version),
    foreign key (org_id, workflow_id) references workflows (org_id, id) on delete cascade
);

do $$
declare
    t text;
begin
    foreach t in array array['workflows', 'workflow_versions'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (org_id = app_current_org()) '
                       'with check (org_id = app_current_org())', t);
    end loop;
end
$$;

grant select, insert, update, delete on workflows to ${approle};
-- Versions are history: the application may add them, never change or remove one.
grant select, insert on workflow_versions to ${approle};
