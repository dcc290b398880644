-- Webhook endpoints of partner organisations (registered by the coordinator), the deliveries of events that concern
-- the organisation, and every attempt to deliver them (the endpoint's delivery log). Not ward-owned: an organisation
-- has one set of endpoints for every ward it takes part in; each delivery remembers the ward of its event.
create table webhook_endpoint (
    id                    uuid primary key,
    organisation_id       text        not null references organisation (id),
    url                   text        not null,
    event_types           text[]      not null,
    secret                text        not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    status                text        not null check (status in ('ACTIVE', 'DISABLED')),
    disabled_reason       text,
    failing_since         timestamptz,
    consecutive_failures  integer     not null default 0,
    created_by            text        not null,
    created_at            timestamptz not null,
    version               bigint      not null default 0
);
create index webhook_endpoint_organisation on webhook_endpoint (organisation_id);

create table webhook_delivery (
    id               uuid primary key,
    endpoint_id      uuid        not null references webhook_endpoint (id),
    event_id         uuid        not null,
    event_type       text        not null,
    ward             text        not null,
    payload          text        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    unique (endpoint_id, event_id, event_type)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at);

create table webhook_attempt (
    id           uuid primary key,
    delivery_id  uuid        not null references webhook_delivery (id),
    attempted_at timestamptz not null,
    status_code  integer,
    error        text,
    duration_ms  bigint      not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);
