create table micro_analysis (
    id                       uuid primary key,
    ward                     text        not null,
    case_id                  uuid        not null references case_file (id),
    edition                  text        not null references price_list_edition (edition),
    repeat_of                uuid references micro_analysis (id),
    note                     text,
    computed_by              text        not null,
    computed_by_organisation text,
    completed_on             date        not null,
    current_cents            bigint      not null,
    do_nothing_cents         bigint      not null,
    chosen_cents             bigint      not null,
    created_at               timestamptz not null
);
create index micro_analysis_case on micro_analysis (ward, case_id, created_at);

-- The lines as priced: the unit price is copied so an analysis never changes after the fact.
create table micro_analysis_line (
    analysis_id       uuid          not null references micro_analysis (id),
    position          integer       not null,
    scenario          text          not null check (scenario in ('CURRENT', 'DO_NOTHING', 'CHOSEN')),
    item_code         text          not null,
    domain            text          not null,
    unit_price_cents  bigint        not null,
    quantity_per_year numeric(12, 2) not null check (quantity_per_year >= 0),
    amount_cents      bigint        not null,
    primary key (analysis_id, position)
);
