-- The purge of spent email links walks them oldest expiry first.
create index email_links_expiry on email_links (expires_at);
