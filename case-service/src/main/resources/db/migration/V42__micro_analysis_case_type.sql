-- Existing (bestaande) or new (nieuwe) case: the sources report their savings apart. Analyses made before this
-- column existed are classified the way a new request without a type is: no current cost means a new case.
alter table micro_analysis add column case_type text;
update micro_analysis set case_type = case when current_cents = 0 then 'NEW' else 'EXISTING' end;
alter table micro_analysis alter column case_type set not null;
alter table micro_analysis add constraint micro_analysis_case_type check (case_type in ('EXISTING', 'NEW'));
