-- The resident's answers to ik wil / ik kan / ik heb nodig, in their own words; every change is a new version.
create table intake_version (
    id          uuid primary key,
    ward        text        not null,
    case_id     uuid        not null references case_file (id),
    version     integer     not null check (version >= 1),
    i_want      text        not null,
    i_can       text        not null,
    i_need      text        not null,
    recorded_by text        not null,
    recorded_on date        not null,
    recorded_at timestamptz not null,
    unique (case_id, version)
);
