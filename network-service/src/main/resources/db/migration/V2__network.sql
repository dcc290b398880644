-- Partner organisations are shared by every ward; how they take part is per ward.
create table organisation (
    id         text primary key,
    name       text        not null,
    sector     text        not null check (sector in ('HOUSING', 'WELFARE', 'CARE', 'MENTAL_HEALTH', 'PUBLIC_HEALTH', 'SPORT',
                                                    'ART', 'WORK', 'MUNICIPALITY', 'GP', 'POLICE', 'RESIDENT_BODY')),
    created_at timestamptz not null,
    version    bigint      not null default 0
);

-- No foreign key to ward: a ward's network may be registered before the ward itself is onboarded (seed data).
create table organisation_participation (
    id              uuid primary key,
    ward            text   not null,
    organisation_id text   not null references organisation (id),
    participation   text   not null check (participation in ('WAY_OF_WORKING', 'FINANCIAL_EXPERIMENT')),
    since           date   not null,
    until           date,
    version         bigint not null default 0,
    check (until is null or until >= since)
);
create unique index organisation_participation_current on organisation_participation (ward, organisation_id) where until is null;

create table professional (
    id              uuid primary key,
    ward            text   not null,
    account_id      text   not null,
    name            text   not null,
    organisation_id text   not null references organisation (id),
    discipline      text,
    roles           text[] not null default '{}',
    active          boolean not null,
    joined_on       date   not null,
    left_on         date,
    version         bigint not null default 0,
    unique (ward, account_id)
);

create table leersessie (
    id                     uuid primary key,
    ward                   text        not null,
    kind                   text        not null check (kind in ('PROFESSIONALS_BIWEEKLY', 'WITH_MANAGERS', 'MANAGERS', 'DIRECTORS')),
    held_on                date        not null,
    theme                  text,
    tables                 text[]      not null default '{}',
    attending_professionals text[]     not null default '{}',
    attending_managers     integer     not null default 0 check (attending_managers >= 0),
    attending_directors    integer     not null default 0 check (attending_directors >= 0),
    attending_residents    integer     not null default 0 check (attending_residents >= 0),
    attendance_recorded_at timestamptz,
    created_at             timestamptz not null,
    version                bigint      not null default 0
);
create index leersessie_ward_date on leersessie (ward, held_on);

create table intervision_round (
    id                    uuid primary key,
    ward                  text        not null,
    leersessie_id         uuid        not null references leersessie (id),
    leader_id             text        not null,
    contributor_id        text        not null,
    participants          text[]      not null default '{}',
    question              text        not null,
    reformulated_question text,
    advice                text[]      not null,
    contributor_asked_back text,
    helped                boolean,
    tomorrow              text,
    still_needed          text,
    out_of_the_box_advice text[]      not null default '{}',
    completed_at          timestamptz not null
);

create table reflection_card (
    id            uuid primary key,
    ward          text        not null,
    leersessie_id uuid        not null references leersessie (id),
    learnt        text,
    struck        text,
    suggestion    text,
    to_share      text,
    written_at    timestamptz not null
);

create table leerplan_target (
    id     uuid primary key,
    ward   text    not null,
    step   text    not null,
    target integer not null check (target >= 0),
    unique (ward, step)
);

-- One row per counted occurrence; the source reference makes counting the same MDO or session twice impossible.
create table leerplan_credit (
    id              uuid primary key,
    ward            text        not null,
    professional_id text        not null,
    step            text        not null,
    source_ref      text        not null,
    credited_on     date        not null,
    created_at      timestamptz not null,
    unique (ward, professional_id, step, source_ref)
);

-- Which professionals worked on a case, learnt from MDOs, so a later wellbeing score can be credited to them.
create table case_involvement (
    ward            text not null,
    case_id         uuid not null,
    professional_id text not null,
    primary key (ward, case_id, professional_id)
);

-- Individual MOOI WERK scores never leave this table: only aggregates of closed periods are shown or published.
create table pulse (
    id                 uuid primary key,
    ward               text        not null,
    professional_id    text        not null,
    period             text        not null,
    work_satisfaction  integer     not null check (work_satisfaction between 1 and 10),
    collaboration      integer     not null check (collaboration between 1 and 10),
    submitted_at       timestamptz not null,
    unique (ward, professional_id, period)
);

create table pulse_period (
    id                          uuid primary key,
    ward                        text          not null,
    period                      text          not null,
    respondents                 integer       not null,
    work_satisfaction_average   numeric(4, 1),
    collaboration_average       numeric(4, 1),
    closed_at                   timestamptz   not null,
    unique (ward, period)
);
