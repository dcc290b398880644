create table mdo (
    id                uuid primary key,
    ward              text        not null,
    case_id           uuid        not null references case_file (id),
    planned_at        timestamptz not null,
    at_home           boolean     not null,
    place             text,
    place_reason      text,
    organiser_id      text        not null,
    supported_by      text,
    status            text        not null check (status in ('PLANNED', 'HELD')),
    held_on           date,
    resident_present  boolean,
    consent_to_share  boolean,
    notes             text,
    created_at        timestamptz not null,
    version           bigint      not null default 0,
    check (at_home or (place is not null and place_reason is not null))
);
create index mdo_case on mdo (case_id, planned_at);

create table mdo_participant (
    id                uuid primary key,
    ward              text    not null,
    mdo_id            uuid    not null references mdo (id),
    position          integer not null,
    kind              text    not null check (kind in ('RESIDENT', 'NETWORK_MEMBER', 'PROFESSIONAL', 'AANJAGER')),
    resident_id       uuid references resident (id),
    network_member_id uuid references network_member (id),
    professional_id   text,
    organisation      text,
    present           boolean
);
create index mdo_participant_mdo on mdo_participant (mdo_id, position);
