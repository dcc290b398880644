-- Samenwerkplan versions: each agreement on the table is kept; a new version supersedes the open agreements of the last.
create table plan_version (
    id          uuid primary key,
    ward        text        not null,
    case_id     uuid        not null references case_file (id),
    version     integer     not null check (version >= 1),
    mdo_id      uuid references mdo (id),
    goals       text[]      not null,
    solution    text        not null,
    agreed_on   date        not null,
    agreed_by   text        not null,
    created_at  timestamptz not null,
    unique (case_id, version)
);

create table agreement (
    id                        uuid primary key,
    ward                      text        not null,
    case_id                   uuid        not null references case_file (id),
    plan_version_id           uuid        not null references plan_version (id),
    position                  integer     not null,
    what                      text        not null,
    performer                 text        not null check (performer in ('RESIDENT', 'NETWORK_MEMBER', 'PROFESSIONAL')),
    network_member_id         uuid references network_member (id),
    professional_id           text,
    organisation              text,
    due_on                    date,
    status                    text        not null check (status in ('OPEN', 'DONE', 'DROPPED', 'SUPERSEDED')),
    completed_on              date,
    dropped_on                date,
    dropped_reason            text,
    provision_category        text,
    provision_provider        text,
    provision_kind            text,
    provision_amount_cents    bigint      check (provision_amount_cents >= 0),
    provision_hours_per_year  numeric(9, 2) check (provision_hours_per_year >= 0),
    provision_hourly_rate_cents bigint    check (provision_hourly_rate_cents >= 0),
    version                   bigint      not null default 0
);
create index agreement_plan on agreement (plan_version_id, position);
create index agreement_case on agreement (case_id);
