-- The access log stays append-only, except that lines older than five years (NEN 7513's minimum) may be removed by
-- the retention run; nothing younger can be deleted, whatever the service does.
create or replace function access_log_append_only() returns trigger language plpgsql as $$
begin
    if TG_OP = 'DELETE' and OLD.at < now() - interval '5 years' then
        return OLD;
    end if;
    raise exception 'access_log is append-only';
end $$;

create index case_file_closed on case_file (ward, status, closed_on);
