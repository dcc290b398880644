-- When case-service recorded a wellbeing measurement or a micro-analysis (the event's time): residents' figures count
-- them in whole groups of five in this order (ResidentGroups). Facts from before are given their own day, which keeps
-- the order of the days they were measured or completed on.
alter table wellbeing_fact add column recorded_at timestamptz;
update wellbeing_fact set recorded_at = measured_on::timestamp at time zone 'Europe/Amsterdam';
alter table wellbeing_fact alter column recorded_at set not null;

alter table analysis_fact add column recorded_at timestamptz;
update analysis_fact set recorded_at = completed_on::timestamp at time zone 'Europe/Amsterdam';
alter table analysis_fact alter column recorded_at set not null;

-- The pages stored before were computed without the groups: computed afresh on their next read.
delete from kpi_snapshot;
