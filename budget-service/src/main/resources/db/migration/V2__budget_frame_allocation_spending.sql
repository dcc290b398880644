-- The ward budget (wijkbudget) in full: the multi-year agreement, funding sources per revision, allocation
-- (verdeling), capacity hours, commitments from agreed plans, spending with approvals, alerts and settlement.
-- Every row carries its ward; money in euro cents.

create table budget_agreement (
    id          uuid primary key,
    ward        text        not null,
    first_year  integer     not null,
    last_year   integer     not null,
    description text,
    created_by  text        not null,
    created_at  timestamptz not null,
    check (last_year >= first_year)
);

alter table ward_budget add column agreement_id uuid references budget_agreement (id);
alter table ward_budget add column revision integer not null default 1;
alter table ward_budget add column carry_over_cents bigint not null default 0 check (carry_over_cents >= 0);
alter table ward_budget add column settled_at timestamptz;

-- Append-only history: a change after the year started is an amendment next to the original, never over it.
create table budget_revision (
    id          uuid primary key,
    ward        text        not null,
    budget_id   uuid        not null references ward_budget (id),
    revision    integer     not null,
    total_cents bigint      not null check (total_cents >= 0),
    amendment   boolean     not null,
    reason      text,
    changed_by  text        not null,
    changed_at  timestamptz not null,
    unique (budget_id, revision)
);

create table funding_source (
    id           uuid primary key,
    ward         text   not null,
    revision_id  uuid   not null references budget_revision (id),
    source       text   not null,
    amount_cents bigint not null check (amount_cents >= 0),
    unique (revision_id, source)
);

-- Organisations of the ward, learnt from network-service; only FINANCIAL_EXPERIMENT ones share the budget.
create table provider (
    id              uuid primary key,
    ward            text not null,
    organisation_id text not null,
    name            text not null,
    participation   text not null,
    since           date not null,
    until           date,
    unique (ward, organisation_id)
);

create table allocation (
    id                uuid primary key,
    ward              text        not null,
    budget_id         uuid        not null references ward_budget (id),
    category          text        not null,
    provider_id       text        not null default '',
    amount_cents      bigint      not null check (amount_cents >= 0),
    lump_sum_cents    bigint      not null default 0 check (lump_sum_cents >= 0 and lump_sum_cents <= amount_cents),
    lump_sum_percent  integer     not null default 0 check (lump_sum_percent between 0 and 100),
    updated_by        text        not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    unique (budget_id, category, provider_id)
);

create table capacity_budget (
    id             uuid primary key,
    ward           text          not null,
    year           integer       not null,
    priority       text          not null,
    hours_budgeted numeric(10, 2) not null check (hours_budgeted >= 0),
    hours_used     numeric(10, 2) not null default 0 check (hours_used >= 0),
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    unique (ward, year, priority)
);

create table commitment (
    id                uuid primary key,
    ward              text        not null,
    year              integer     not null,
    case_id           uuid        not null,
    agreement_id      uuid        not null,
    plan_version      integer     not null,
    provider_id       text,
    category          text        not null,
    kind              text,
    amount_cents      bigint      not null check (amount_cents >= 0),
    hours_per_year    numeric(10, 2),
    hourly_rate_cents bigint,
    status            text        not null,
    release_reason    text,
    created_at        timestamptz not null,
    released_at       timestamptz,
    unique (ward, agreement_id)
);
create index commitment_case on commitment (ward, case_id);

create table spending (
    id                 uuid primary key,
    ward               text        not null,
    year               integer     not null,
    category           text        not null,
    provider_id        text,
    amount_cents       bigint      not null check (amount_cents > 0),
    spent_on           date        not null,
    external_reference text        not null,
    description        text,
    status             text        not null,
    recorded_by        text        not null,
    decided_by         text,
    decided_at         timestamptz,
    created_at         timestamptz not null,
    unique (ward, external_reference)
);
create index spending_year on spending (ward, year, category);

-- One alert per category and threshold and year, whatever happens after.
create table threshold_alert (
    id        uuid primary key,
    ward      text        not null,
    year      integer     not null,
    category  text        not null,
    threshold integer     not null,
    passed_at timestamptz not null,
    unique (ward, year, category, threshold)
);

create table settlement (
    id                 uuid primary key,
    ward               text        not null,
    year               integer     not null,
    budget_cents       bigint      not null,
    spent_cents        bigint      not null,
    surplus_cents      bigint      not null,
    residents_cents    bigint      not null,
    municipality_cents bigint      not null,
    providers_cents    bigint      not null,
    confirmed_by       text        not null,
    confirmed_at       timestamptz not null,
    unique (ward, year)
);

create table settlement_share (
    id             uuid primary key,
    ward           text   not null,
    settlement_id  uuid   not null references settlement (id),
    provider_id    text   not null,
    lump_sum_cents bigint not null,
    share_cents    bigint not null,
    unique (settlement_id, provider_id)
);
