create table wellbeing_measurement (
    id                       uuid primary key,
    ward                     text        not null,
    case_id                  uuid        not null references case_file (id),
    moment                   text        not null check (moment in ('T0', 'T1', 'T2')),
    score                    integer     not null check (score between 1 and 10),
    measured_on              date        not null,
    recorded_by              text        not null,
    recorded_by_organisation text,
    ph_bodily_functions      integer check (ph_bodily_functions between 0 and 10),
    ph_mental_wellbeing      integer check (ph_mental_wellbeing between 0 and 10),
    ph_meaning               integer check (ph_meaning between 0 and 10),
    ph_quality_of_life       integer check (ph_quality_of_life between 0 and 10),
    ph_participation         integer check (ph_participation between 0 and 10),
    ph_daily_functioning     integer check (ph_daily_functioning between 0 and 10),
    created_at               timestamptz not null,
    unique (case_id, moment)
);
create index wellbeing_measurement_ward on wellbeing_measurement (ward, case_id);
