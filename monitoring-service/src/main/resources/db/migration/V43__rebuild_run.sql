-- Rebuilds of the indicator store run in the background; their state is kept here so that every replica answers
-- a status request alike and at most one rebuild runs at a time across replicas.
create table rebuild_run (
    id          uuid        primary key,
    state       text        not null check (state in ('running', 'done', 'failed')),
    started_at  timestamptz not null,
    finished_at timestamptz,
    events      bigint,
    skipped     bigint,
    reason      text
);

-- One running rebuild: a second one would wipe the facts under the first.
create unique index rebuild_run_one_running on rebuild_run ((true)) where state = 'running';
