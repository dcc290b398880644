create table ward_budget (
    id          uuid primary key,
    ward        text        not null,
    year        integer     not null,
    total_cents bigint      not null check (total_cents >= 0),
    created_at  timestamptz not null,
    version     bigint      not null default 0,
    unique (ward, year)
);
