-- Workflow templates: private to their organization, or public for every organization to read.
create table workflow_templates (
    org_id       uuid        not null references organizations (id) on delete cascade,
    id           uuid        not null,
    name         text        not null,
    description  text        not null default '',
    category     text        not null default '',
    definition   jsonb       not null,
    is_public    boolean     not null default false,
    created_by   uuid        not null references users (id) on delete cascade,
    created_at   timestamptz not null,
    primary key (org_id, id)
);
create index workflow_templates_public on workflow_templates (id) where is_public;
create index workflow_templates_category on workflow_templates (org_id, category, id);

alter table workflow_templates enable row level security;
alter table workflow_templates force row level security;
create policy tenant_isolation on workflow_templates
    using (org_id = app_current_org()) with check (org_id = app_current_org());
-- Public templates are readable from any tenant scope; writing stays with their own organization.
create policy public_templates_read on workflow_templates for select
    using (is_public and app_current_org() is not null);

grant select, insert, update, delete on workflow_templates to ${approle};
