-- Ervaart iemand de hulp als passend (client satisfaction, 1-10), carried by wellbeing-measured at T1 and T2.
alter table wellbeing_fact add column help_fitting integer;
