-- Attempt counters of the throttles in front of password hashing (per account, per client address), replacing
-- login_failures: one row per key and fixed window, counted with one upsert before the hash is computed, so that
-- parallel attempts each see a different count (login_failures was counted after hashing, and never purged).
create table attempt_counters (
    key         text        primary key,
    attempts    integer     not null,
    window_ends timestamptz not null
);
-- The purge deletes keys whose window has ended.
create index attempt_counters_window_ends on attempt_counters (window_ends);

grant select, insert, update, delete on attempt_counters to ${approle};

drop table login_failures;
