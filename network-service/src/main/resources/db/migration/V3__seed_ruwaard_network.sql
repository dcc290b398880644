-- The partner organisations named in the sources (Proeftuin Ruwaard, Oss) and how they take part in Ruwaard.
-- The ten providers that deliver care for the fixed ward budget share it (financial experiment); the
-- municipality finances it, and GPs, police and the resident bodies work along in the Samenwerkwijze.
-- The ward row itself is created by onboarding 'ruwaard', which then announces this network to every service.
insert into organisation (id, name, sector, created_at) values
    ('brabantwonen',           'BrabantWonen',                  'HOUSING',       now()),
    ('brabantzorg',            'BrabantZorg',                   'CARE',          now()),
    ('pantein',                'Pantein',                       'CARE',          now()),
    ('interzorg',              'Interzorg',                     'CARE',          now()),
    ('ggz-oost-brabant',       'GGZ Oost Brabant',              'MENTAL_HEALTH', now()),
    ('ggd',                    'GGD',                           'PUBLIC_HEALTH', now()),
    ('gemeente-oss',           'Gemeente Oss',                  'MUNICIPALITY',  now()),
    ('ons-welzijn',            'Ons Welzijn',                   'WELFARE',       now()),
    ('jij-advies-en-coaching', 'JIJ! Advies en coaching',       'WELFARE',       now()),
    ('sport-educatie-centrum', 'Sport Educatie Centrum',        'SPORT',         now()),
    ('unik',                   'UniK',                          'WORK',          now()),
    ('huisartsen-ruwaard',     'Huisartsen Ruwaard',            'GP',            now()),
    ('politie-oss',            'Politie Oss',                   'POLICE',        now()),
    ('wijkraad-ruwaard',       'Wijkraad Ruwaard',              'RESIDENT_BODY', now()),
    ('wijkstichting-rucrea',   'Wijkstichting Rucrea',          'RESIDENT_BODY', now()),
    ('dn-iemhof',              'D''n Iemhof',                   'RESIDENT_BODY', now());

insert into organisation_participation (id, ward, organisation_id, participation, since)
select gen_random_uuid(), 'ruwaard', id,
       case when id in ('brabantwonen', 'brabantzorg', 'pantein', 'interzorg', 'ggz-oost-brabant', 'ggd', 'ons-welzijn',
                        'jij-advies-en-coaching', 'sport-educatie-centrum', 'unik')
            then 'FINANCIAL_EXPERIMENT' else 'WAY_OF_WORKING' end,
       date '2016-01-01'
from organisation;
