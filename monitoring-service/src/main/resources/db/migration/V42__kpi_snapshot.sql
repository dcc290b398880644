-- The KPI page of a ward, computed once and read back by primary key until the ward's facts change.
-- ward_fact_version: raised in the same transaction as every change of a ward's facts (events, imports, a rebuild),
-- so a committed version is a committed set of facts, on every replica alike.
create table ward_fact_version (
    ward    text   primary key,
    version bigint not null
);

-- A computed page, valid while its version is the ward's current one; "today" (in the ward's zone) and the build
-- (application version and catalogue) are part of the key, since the indicators depend on both.
create table kpi_snapshot (
    ward    text   not null,
    period  text   not null,
    today   date   not null,
    build   text   not null,
    version bigint not null,
    body    text   not null,
    primary key (ward, period, today, build)
);
