-- A partner system's requests refused before any case is touched (a ward not in its token, an operation that is
-- not the partner API's) are logged by shared's PartnerWall and WardAccessFilter here; what it does to cases is in
-- access_log. Append-only like the other services' partner_access_log.
create table partner_access_log (
    id            uuid primary key,
    at            timestamptz not null,
    actor         text        not null,
    actor_role    text,
    organisation  text,
    client_id     text,
    on_behalf_of  text,
    ward          text,
    subject       text,
    action        text        not null,
    outcome       text        not null check (outcome in ('GRANTED', 'DENIED'))
);
create index partner_access_log_organisation on partner_access_log (organisation, at);

create function partner_access_log_append_only() returns trigger language plpgsql as $$
begin
    if TG_OP = 'DELETE' and OLD.at < now() - interval '5 years' then
        return OLD;
    end if;
    raise exception 'partner_access_log is append-only';
end $$;
create trigger partner_access_log_no_update before update or delete on partner_access_log
    for each row execute function partner_access_log_append_only();
