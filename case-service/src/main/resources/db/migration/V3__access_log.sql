-- NEN 7513 style log of every read and write of a resident's data or case. Append-only: the database refuses
-- updates and deletes, so not even a bug in the service can rewrite history.
create table access_log (
    id             uuid primary key,
    ward           text        not null,
    at             timestamptz not null,
    actor          text        not null,
    actor_role     text,
    organisation   text,
    on_behalf_of   text,
    resident_id    uuid,
    case_id        uuid,
    action         text        not null,
    outcome        text        not null check (outcome in ('GRANTED', 'DENIED'))
);
create index access_log_resident on access_log (ward, resident_id, at);
create index access_log_case on access_log (ward, case_id, at);

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end $$;
create trigger access_log_no_update before update or delete on access_log
    for each row execute function access_log_append_only();
