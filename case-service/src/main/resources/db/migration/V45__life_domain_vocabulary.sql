-- Life domains become a fixed vocabulary (HOUSING, FINANCES, HEALTH, MENTAL_HEALTH, DAYTIME_ACTIVITY, SOCIAL_NETWORK,
-- PARENTING, SAFETY). Free strings written before are mapped to it, in English or Dutch and in any case; a value that
-- names none of the domains is dropped from the list (the question text itself keeps what the resident said).
create function pg_temp.life_domain(value text) returns text language sql immutable as $$
    select case upper(regexp_replace(trim(value), '[\s/-]+', '_', 'g'))
        when 'HOUSING' then 'HOUSING' when 'WONEN' then 'HOUSING' when 'WOONSITUATIE' then 'HOUSING'
        when 'FINANCES' then 'FINANCES' when 'FINANCIEN' then 'FINANCES' when 'FINANCIËN' then 'FINANCES'
        when 'MONEY' then 'FINANCES' when 'DEBT' then 'FINANCES' when 'DEBTS' then 'FINANCES' when 'SCHULDEN' then 'FINANCES'
        when 'GELD' then 'FINANCES' when 'INCOME' then 'FINANCES' when 'MONEY_DEBT' then 'FINANCES'
        when 'HEALTH' then 'HEALTH' when 'GEZONDHEID' then 'HEALTH'
        when 'MENTAL_HEALTH' then 'MENTAL_HEALTH' when 'PSYCHISCHE_GEZONDHEID' then 'MENTAL_HEALTH' when 'GGZ' then 'MENTAL_HEALTH'
        when 'DAYTIME_ACTIVITY' then 'DAYTIME_ACTIVITY' when 'DAGBESTEDING' then 'DAYTIME_ACTIVITY'
        when 'DAGBESTEDING_WERK' then 'DAYTIME_ACTIVITY' when 'WERK' then 'DAYTIME_ACTIVITY' when 'WORK' then 'DAYTIME_ACTIVITY'
        when 'DAYTIME_ACTIVITY_WORK' then 'DAYTIME_ACTIVITY' when 'PARTICIPATION' then 'DAYTIME_ACTIVITY' when 'MEEDOEN' then 'DAYTIME_ACTIVITY'
        when 'SOCIAL_NETWORK' then 'SOCIAL_NETWORK' when 'SOCIAAL_NETWERK' then 'SOCIAL_NETWORK' when 'EENZAAMHEID' then 'SOCIAL_NETWORK'
        when 'LONELINESS' then 'SOCIAL_NETWORK'
        when 'PARENTING' then 'PARENTING' when 'OPVOEDING' then 'PARENTING' when 'FAMILY' then 'PARENTING' when 'GEZIN' then 'PARENTING'
        when 'SAFETY' then 'SAFETY' when 'VEILIGHEID' then 'SAFETY'
    end
$$;

update case_file set life_domains = coalesce((
    select array_agg(mapped order by first_position)
    from (select pg_temp.life_domain(d) as mapped, min(position) as first_position
          from unnest(case_file.life_domains) with ordinality as u(d, position)
          where pg_temp.life_domain(d) is not null
          group by 1) as known), '{}')
where life_domains <> '{}';

alter table case_file add constraint case_file_life_domains_vocabulary check (life_domains <@ array['HOUSING', 'FINANCES',
    'HEALTH', 'MENTAL_HEALTH', 'DAYTIME_ACTIVITY', 'SOCIAL_NETWORK', 'PARENTING', 'SAFETY']::text[]);
