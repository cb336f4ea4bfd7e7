-- What executions produced that outlives them (seed 000's workflow_outputs): content made by content.generate
-- nodes, by execution and by the asset it names.
create table execution_outputs (
    org_id        uuid        not null,
    id            uuid        not null,
    execution_id  uuid        not null,
    node_id       text        not null,
    output_type   text        not null check (output_type in ('text', 'image', 'audio', 'video')),
    asset_id      uuid,
    data          jsonb       not null,
    created_at    timestamptz not null,
    primary key (org_id, id),
    foreign key (org_id, execution_id) references executions (org_id, id) on delete cascade
);
create index execution_outputs_by_execution on execution_outputs (org_id, execution_id, created_at);
create index execution_outputs_by_asset on execution_outputs (org_id, asset_id) where asset_id is not null;

alter table execution_outputs enable row level security;
alter table execution_outputs force row level security;
create policy tenant_isolation on execution_outputs using (org_id = app_current_org())
    with check (org_id = app_current_org());
-- The retention purge deletes executions as the owner; their outputs go by the cascade.
do $$
begin
    execute format('create policy engine_functions on execution_outputs to %I using (true) with check (true)',
                   current_user);
end
$$;

grant select, insert on execution_outputs to ${approle};
