-- Existing and new cases are reported apart (existing: current - chosen; new: do nothing - chosen). Rows from
-- before: no current cost means a new case; their current cost by domain is not known here, so it stays empty
-- until a rebuild from the topics fills it in.
alter table analysis_fact add column savings_vs_current_cents bigint;
update analysis_fact set savings_vs_current_cents = current_cents - chosen_cents;
alter table analysis_fact alter column savings_vs_current_cents set not null;
alter table analysis_fact add column case_type text;
update analysis_fact set case_type = case when current_cents = 0 then 'NEW' else 'EXISTING' end;
alter table analysis_fact alter column case_type set not null;
alter table analysis_fact add column current_by_domain jsonb not null default '{}';
