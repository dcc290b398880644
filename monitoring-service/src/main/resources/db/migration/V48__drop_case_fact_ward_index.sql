-- case_fact_changed (ward, changed_version) serves every lookup by ward that case_fact_ward (ward) served; the second
-- index only cost an insertion per fact written (a case-opened burst writes one case fact per event).
drop index if exists case_fact_ward;
