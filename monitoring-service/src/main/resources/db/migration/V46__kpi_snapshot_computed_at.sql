-- When a stored KPI page was computed: it may be shown for wijknetwerk.monitoring.kpi-page.max-age after the ward's
-- facts changed, so that a stream of events does not make every read compute the page afresh.
alter table kpi_snapshot add column computed_at timestamptz not null default clock_timestamp();
