-- Maatschappelijke Prijslijst editions: shared by every ward, so no ward column.
create table price_list_edition (
    edition     text primary key,
    year        integer     not null check (year between 2000 and 2100),
    title       text        not null,
    locked      boolean     not null default false,
    imported_by text        not null,
    imported_at timestamptz not null,
    version     bigint      not null default 0
);

create table price_list_item (
    id               uuid primary key,
    edition          text   not null references price_list_edition (edition),
    code             text   not null,
    description      text   not null,
    category         text   not null,
    unit             text   not null,
    unit_price_cents bigint not null check (unit_price_cents >= 0),
    domain           text   not null check (domain in ('WMO', 'ZVW', 'WLZ', 'JEUGDWET', 'PARTICIPATIEWET', 'WELFARE', 'HOUSING', 'OTHER')),
    unique (edition, code)
);
