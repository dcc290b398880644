-- Tables every service shares: the transactional outbox, the processed-event inbox and the known wards.
create sequence outbox_seq;

create table outbox_message (
    id          uuid primary key,
    seq         bigint      not null,
    topic       text        not null,
    message_key text        not null,
    type        text        not null,
    ward        text        not null,
    envelope    text        not null,
    created_at  timestamptz not null,
    sent_at     timestamptz
);
create index outbox_message_unsent on outbox_message (seq) where sent_at is null;

create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

create table known_ward (
    slug       text primary key,
    name       text        not null,
    time_zone  text        not null,
    status     text        not null,
    updated_at timestamptz not null
);
