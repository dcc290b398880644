-- Which version of its ward's facts last wrote each fact row, set by the database on every insert and update, so a
-- replica that holds a ward's facts in memory as of version V reads only the rows written after V instead of all of
-- them. Everything that writes a ward's facts raises (and so locks) its ward_fact_version row first, in the same
-- transaction: within a ward the rows' versions follow the order in which their transactions commit.
-- wiped: the version at which the facts were last deleted (a rebuild), after which nothing held in memory is valid.
alter table ward_fact_version add column wiped bigint not null default 0;

create function fact_changed_version() returns trigger language plpgsql as $$
begin
    new.changed_version := coalesce((select version from ward_fact_version where ward = new.ward), 0);
    return new;
end
$$;

do $$
declare
    fact text;
begin
    foreach fact in array array['case_fact', 'mdo_fact', 'agreement_fact', 'wellbeing_fact', 'analysis_fact', 'barrier_fact',
            'initiative_state', 'leersessie_fact', 'professional_fact', 'pulse_fact', 'budget_fact', 'spending_fact',
            'commitment_fact'] loop
        execute format('alter table %I add column changed_version bigint not null default 0', fact);
        execute format('create index %I on %I (ward, changed_version)', fact || '_changed', fact);
        execute format('create trigger %I before insert or update on %I for each row execute function fact_changed_version()',
                fact || '_changed', fact);
    end loop;
end
$$;
