-- Barriers (belemmeringen): what blocks an agreed solution, escalated to managers and then directors.
create table barrier (
    id                     uuid primary key,
    ward                   text        not null,
    case_id                uuid        not null references case_file (id),
    agreement_id           uuid references agreement (id),
    kind                   text        not null,
    description            text        not null,
    owner_organisation     text,
    reported_by            text        not null,
    reported_on            date        not null,
    level                  text        not null check (level in ('TEAM', 'MANAGER', 'DIRECTOR')),
    escalated_to_manager_on  date,
    escalated_to_director_on date,
    resolved_on            date,
    resolution             text,
    created_at             timestamptz not null,
    version                bigint      not null default 0
);
create index barrier_ward_open on barrier (ward, resolved_on, reported_on);
create index barrier_case on barrier (case_id);
