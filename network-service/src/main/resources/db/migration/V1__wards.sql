create table ward (
    slug         text primary key,
    name         text        not null,
    municipality text        not null,
    time_zone    text        not null,
    start_date   date        not null,
    status       text        not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at   timestamptz not null,
    version      bigint      not null default 0
);
