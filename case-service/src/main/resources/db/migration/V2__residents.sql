-- Personal data of residents lives only in case-service; everything outside knows the pseudonym alone.
create table resident (
    id             uuid primary key,
    ward           text        not null,
    pseudonym      text        not null unique check (pseudonym ~ '^rp-[0-9a-f]{32}$'),
    name           text        not null,
    phone          text,
    email          text,
    street         text,
    postal_code    text,
    city           text,
    date_of_birth  date,
    household      text,
    household_size integer     check (household_size between 1 and 20),
    account        text,
    registered_by  text        not null,
    registered_by_organisation text,
    created_at     timestamptz not null,
    version        bigint      not null default 0
);
create index resident_ward on resident (ward, name);
create unique index resident_account on resident (ward, account) where account is not null;

-- The resident's own network: family, neighbours, volunteers who can sit at an MDO and hold agreements.
create table network_member (
    id          uuid primary key,
    ward        text        not null,
    resident_id uuid        not null references resident (id),
    name        text        not null,
    relation    text        not null,
    contact     text,
    created_at  timestamptz not null
);
create index network_member_resident on network_member (resident_id);
