-- The resident's consent to share their case, as facts of its own: given, refused or withdrawn, by whom, when and
-- for which organisations. The latest decision about an organisation counts; earlier ones stay as history.
create table consent (
    id                       uuid primary key,
    ward                     text        not null,
    case_id                  uuid        not null references case_file (id),
    resident_id              uuid references resident (id),
    decision                 text        not null check (decision in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
    organisations            text[]      not null check (cardinality(organisations) > 0),
    decided_by               text        not null check (decided_by in ('RESIDENT', 'REPRESENTATIVE')),
    decided_on               date        not null,
    mdo_id                   uuid references mdo (id),
    recorded_by              text        not null,
    recorded_by_organisation text,
    recorded_at              timestamptz not null
);
create index consent_case on consent (ward, case_id, recorded_at);
create index consent_resident on consent (ward, resident_id);

-- What an organisation linked to a case may see of it (CaseSharing keeps this up to date from the facts):
-- NONE, MEETING (only the MDOs it is invited to: when, where, who invites) or CASE (everything).
alter table case_organisation add column scope text not null default 'CASE' check (scope in ('NONE', 'MEETING', 'CASE'));
-- Set when the organisation stopped taking part in the ward: its access to the ward's cases ended then.
alter table case_organisation add column left_ward_on date;

alter table mdo drop constraint mdo_status_check;
alter table mdo add constraint mdo_status_check check (status in ('PLANNED', 'HELD', 'CANCELLED'));
alter table mdo add column cancelled_on date;

-- Until now an MDO recorded as held was the consent: keep that as a consent fact for the organisations present.
insert into consent (id, ward, case_id, resident_id, decision, organisations, decided_by, decided_on, mdo_id,
                     recorded_by, recorded_by_organisation, recorded_at)
select gen_random_uuid(), m.ward, m.case_id, c.resident_id, 'GIVEN', orgs.organisations, 'RESIDENT', m.held_on, m.id,
       m.organiser_id, null, m.created_at
from mdo m
join case_file c on c.id = m.case_id
join lateral (select array_agg(distinct p.organisation) as organisations from mdo_participant p
              where p.mdo_id = m.id and p.present and p.organisation is not null) orgs on true
where m.status = 'HELD' and m.consent_to_share and orgs.organisations is not null;

-- Organisations only invited to a table that has not been held yet see the meeting, not the case.
update case_organisation o set scope = 'MEETING'
where o.via = 'MDO' and not exists (select 1 from consent k where k.case_id = o.case_id and o.organisation = any (k.organisations));
