-- The triage route may change while a case runs (it is often only clear after the intake); every change is kept.
create table triage_route_change (
    id          uuid primary key,
    ward        text        not null,
    case_id     uuid        not null references case_file (id),
    from_route  text check (from_route in ('COLLECTIVE_DIRECT', 'GUIDED_TO_COLLECTIVE', 'INDIVIDUAL_AT_HOME')),
    to_route    text        not null check (to_route in ('COLLECTIVE_DIRECT', 'GUIDED_TO_COLLECTIVE', 'INDIVIDUAL_AT_HOME')),
    reason      text,
    changed_by  text        not null,
    changed_on  date        not null,
    created_at  timestamptz not null
);
create index triage_route_change_case on triage_route_change (ward, case_id, created_at);
