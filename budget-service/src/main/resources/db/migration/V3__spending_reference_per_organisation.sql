-- A provider's own reference identifies its spending within the ward: two organisations may use the same
-- reference (each numbers its own declarations), one organisation never twice. Lines without a provider share ''.
alter table spending drop constraint spending_ward_external_reference_key;
create unique index spending_ward_provider_reference on spending (ward, coalesce(provider_id, ''), external_reference);
