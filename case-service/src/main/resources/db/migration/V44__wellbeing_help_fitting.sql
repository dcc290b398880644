-- Ervaart iemand de hulp als passend (client satisfaction), 1-10, asked with T1 and T2.
alter table wellbeing_measurement add column help_fitting integer check (help_fitting between 1 and 10);
alter table wellbeing_measurement add constraint wellbeing_help_fitting_after_help check (help_fitting is null or moment <> 'T0');
