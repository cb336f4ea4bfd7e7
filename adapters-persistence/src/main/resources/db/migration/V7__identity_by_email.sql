-- Identity by email: verified addresses, single-use links mailed to people, revocable invitations.

-- When the person proved they read mail at their address. Accounts made from an identity provider's verified
-- address (no password of their own) were verified by it; password accounts have proved nothing yet.
alter table users add column email_verified_at timestamptz;
update users set email_verified_at = created_at where password_hash is null;

-- Links mailed to people, by digest only: address verification (a day) and password reset (half an hour).
-- email is the address the link went to: proof of an old address says nothing about a new one.
create table email_links (
    id            uuid primary key,
    user_id       uuid        not null references users (id) on delete cascade,
    purpose       text        not null check (purpose in ('verify_email', 'reset_password')),
    email         text        not null,
    token_digest  text        not null unique,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz
);
create index email_links_by_user on email_links (user_id, purpose, created_at desc);

grant select, insert, update, delete on email_links to ${approle};

-- A withdrawn invitation keeps its row (the audit trail points at it) but its token stops working.
alter table invitations add column revoked_at timestamptz;
