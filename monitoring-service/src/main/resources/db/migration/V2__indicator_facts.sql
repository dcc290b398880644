-- Facts behind the indicators, one table per kind of thing the other services report. Every row is keyed by the
-- id of what it describes, and every event sets state rather than adding to it, so applying an event twice or
-- replaying the topics from offset zero gives the same rows. Pseudonymous ids only: no personal data.
alter table case_fact add column started_by text;
alter table case_fact add column first_mdo_on date;
alter table case_fact add column first_plan_on date;
alter table case_fact add column declined_on date;

create table mdo_fact (
    mdo_id            uuid primary key,
    ward              text    not null,
    case_id           uuid    not null,
    held_on           date    not null,
    organisations     integer not null,
    professionals     integer not null,
    days_since_opened integer
);
create index mdo_fact_ward on mdo_fact (ward, held_on);

create table agreement_fact (
    agreement_id uuid primary key,
    ward         text not null,
    case_id      uuid not null,
    performer    text not null,
    agreed_on    date not null,
    due_on       date,
    completed_on date,
    on_time      boolean,
    dropped_on   date
);
create index agreement_fact_ward on agreement_fact (ward, completed_on);

create table wellbeing_fact (
    event_id           uuid primary key,
    ward               text    not null,
    case_id            uuid    not null,
    resident_pseudonym text,
    moment             text    not null,
    score              integer not null,
    measured_on        date    not null
);
create index wellbeing_fact_ward on wellbeing_fact (ward, measured_on);

create table analysis_fact (
    analysis_id                uuid primary key,
    ward                       text    not null,
    case_id                    uuid    not null,
    completed_on               date    not null,
    repeat                     boolean not null,
    current_cents              bigint  not null,
    do_nothing_cents           bigint  not null,
    chosen_cents               bigint  not null,
    savings_vs_do_nothing_cents bigint not null,
    do_nothing_by_domain       jsonb   not null,
    chosen_by_domain           jsonb   not null
);
create index analysis_fact_ward on analysis_fact (ward, completed_on);

create table barrier_fact (
    barrier_id       uuid primary key,
    ward             text    not null,
    case_id          uuid    not null,
    kind             text    not null,
    reported_on      date    not null,
    resolved_on      date,
    days_open        integer,
    escalation_level integer
);
create index barrier_fact_ward on barrier_fact (ward, reported_on);

-- One row per initiative-changed event: the state of an initiative at a date, so a past period can be shown.
create table initiative_state (
    event_id          uuid primary key,
    ward              text    not null,
    initiative_id     uuid    not null,
    effective_at      timestamptz not null,
    effective_on      date    not null,
    kind              text    not null,
    initiator         text    not null,
    status            text    not null,
    participants      integer,
    volunteers        integer,
    visitors_per_week integer
);
create index initiative_state_ward on initiative_state (ward, initiative_id, effective_on);

create table leersessie_fact (
    session_id    uuid primary key,
    ward          text    not null,
    kind          text    not null,
    held_on       date    not null,
    professionals integer not null,
    managers      integer not null,
    residents     integer not null,
    directors     integer not null
);
create index leersessie_fact_ward on leersessie_fact (ward, held_on);

create table professional_fact (
    id uuid primary key, -- derived from the natural key, so a replay finds the same row
    ward              text not null,
    professional_id   text not null,
    joined_on         date,
    left_on           date,
    plan_completed_on date,
    unique (ward, professional_id)
);

create table pulse_fact (
    id uuid primary key, -- derived from the natural key, so a replay finds the same row
    ward                 text          not null,
    period               text          not null,
    respondents          integer       not null,
    work_satisfaction    numeric(4, 2) not null,
    collaboration        numeric(4, 2) not null,
    unique (ward, period)
);

create table budget_fact (
    id uuid primary key, -- derived from the natural key, so a replay finds the same row
    ward        text    not null,
    year        integer not null,
    total_cents bigint  not null,
    revision    integer not null,
    unique (ward, year)
);

create table spending_fact (
    spending_id  uuid primary key,
    ward         text    not null,
    year         integer not null,
    category     text    not null,
    amount_cents bigint  not null,
    spent_on     date    not null
);
create index spending_fact_ward on spending_fact (ward, year);

create table commitment_fact (
    commitment_id uuid primary key,
    ward          text    not null,
    year          integer not null,
    amount_cents  bigint  not null,
    released      boolean not null
);
create index commitment_fact_ward on commitment_fact (ward, year);

-- Figures no service produces (pgb count, objections and appeals, GP visits, crises), imported per ward and period.
create table imported_value (
    id uuid primary key, -- derived from the natural key, so a replay finds the same row
    ward        text           not null,
    period      text           not null,
    indicator   text           not null,
    value       numeric(18, 2) not null,
    imported_at timestamptz    not null,
    unique (ward, period, indicator)
);

-- The ward profile (wijkprofiel): the ward's key figures beside the municipality's.
create table profile_figure (
    id uuid primary key, -- derived from the natural key, so a replay finds the same row
    ward         text           not null,
    code         text           not null,
    label        text           not null,
    unit         text           not null,
    ward_value   numeric(18, 4) not null,
    municipality numeric(18, 4),
    year         integer        not null,
    position     integer        not null,
    unique (ward, code)
);
