create table initiative (
    id                uuid primary key,
    ward              text        not null,
    kind              text        not null check (kind in ('PREVENTION_ACTIVITY', 'RESIDENT_INITIATIVE')),
    name              text        not null,
    goal              text        not null,
    initiator         text        not null check (initiator in ('RESIDENTS', 'RESIDENTS_WITH_PROFESSIONALS', 'PROFESSIONALS', 'OTHERS')),
    status            text        not null check (status in ('IN_PREPARATION', 'IN_DEVELOPMENT', 'RUNNING', 'ENDED')),
    participants      integer check (participants >= 0),
    volunteers        integer check (volunteers >= 0),
    visitors_per_week integer check (visitors_per_week >= 0),
    needs_space       text,
    needs_money_cents bigint check (needs_money_cents >= 0),
    needs_people      integer check (needs_people >= 0),
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0
);
create index initiative_ward on initiative (ward, status);
