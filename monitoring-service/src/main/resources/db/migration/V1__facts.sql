-- Pseudonymous facts only: monitoring-service never holds personal data.
create table case_fact (
    case_id      uuid primary key,
    ward         text not null,
    kind         text not null,
    triage_route text,
    opened_on    date not null,
    closed_on    date
);
create index case_fact_ward on case_fact (ward);
