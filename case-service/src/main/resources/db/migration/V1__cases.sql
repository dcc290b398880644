create table case_file (
    id                     uuid primary key,
    ward                   text        not null,
    kind                   text        not null check (kind in ('INDIVIDUAL', 'COLLECTIVE')),
    question               text        not null,
    life_domains           text[]      not null default '{}',
    started_by             text        not null,
    triage_route           text,
    status                 text        not null,
    opened_by              text        not null,
    opened_by_organisation text,
    opened_on              date        not null,
    created_at             timestamptz not null,
    version                bigint      not null default 0
);
create index case_file_ward on case_file (ward, created_at desc);
