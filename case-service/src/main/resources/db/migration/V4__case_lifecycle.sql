alter table case_file add column resident_id uuid references resident (id);
alter table case_file add column close_reason text;
alter table case_file add column closed_on date;
alter table case_file add column follow_up_on date;
alter table case_file add column declined_on date;
create index case_file_resident on case_file (resident_id);

-- Which organisations may read a case: the one that opened it and every organisation at one of its MDO tables.
create table case_organisation (
    id           uuid primary key,
    ward         text        not null,
    case_id      uuid        not null references case_file (id),
    organisation text        not null,
    via          text        not null,
    since        timestamptz not null,
    unique (case_id, organisation)
);
create index case_organisation_org on case_organisation (ward, organisation);
