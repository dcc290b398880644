-- The wards an account may act in are its identity provider's `wards` attribute (the token's claim). When a
-- professional joins or leaves a ward's network, the change of that attribute waits here, in the same transaction
-- as the membership, until it has reached the identity provider. One row per account and ward: a later change
-- replaces a waiting one (the newest membership wins); the row is removed once applied.
create table account_ward_sync (
    account_id      text        not null,
    ward            text        not null,
    granted         boolean     not null,
    requested_at    timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer     not null default 0,
    last_error      text,
    version         bigint      not null default 0,
    primary key (account_id, ward)
);
create index account_ward_sync_due on account_ward_sync (next_attempt_at);
