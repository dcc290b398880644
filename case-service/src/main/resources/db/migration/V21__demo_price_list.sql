-- A demo edition with plausible (indicative, rounded) unit costs, so a new installation can price a first
-- micro-analysis. Real editions are imported from CSV through PUT /api/price-lists/{edition}.
insert into price_list_edition (edition, year, title, locked, imported_by, imported_at)
values ('2024-demo', 2024, 'Maatschappelijke Prijslijst 2024 (demo-editie, indicatieve bedragen)', false, 'seed', now());

insert into price_list_item (id, edition, code, description, category, unit, unit_price_cents, domain) values
('0b6f0c3e-2024-4d00-8000-000000000001', '2024-demo', 'WMO-HH-UUR',      'Huishoudelijke ondersteuning',                     'Ondersteuning thuis',   'uur',      3250,  'WMO'),
('0b6f0c3e-2024-4d00-8000-000000000002', '2024-demo', 'WMO-BG-UUR',      'Individuele (specialistische) thuisbegeleiding',   'Ondersteuning thuis',   'uur',      6850,  'WMO'),
('0b6f0c3e-2024-4d00-8000-000000000003', '2024-demo', 'WMO-DB-DAGDEEL',  'Dagbesteding (groep)',                             'Dagbesteding',          'dagdeel',  5200,  'WMO'),
('0b6f0c3e-2024-4d00-8000-000000000004', '2024-demo', 'WMO-TRAPLIFT',    'Traplift inclusief onderhoud (afschrijving)',      'Woonvoorzieningen',     'jaar',     145000, 'WMO'),
('0b6f0c3e-2024-4d00-8000-000000000005', '2024-demo', 'WMO-VERHUIS',     'Verhuiskostenvergoeding',                          'Woonvoorzieningen',     'keer',     250000, 'WMO'),
('0b6f0c3e-2024-4d00-8000-000000000006', '2024-demo', 'WMO-BW-DAG',      'Beschermd wonen',                                  'Verblijf',              'dag',      13500, 'WMO'),
('0b6f0c3e-2024-4d00-8000-000000000007', '2024-demo', 'WLZ-VV4-DAG',     'Verpleeghuiszorg met verblijf (VV4)',              'Verblijf',              'dag',      19850, 'WLZ'),
('0b6f0c3e-2024-4d00-8000-000000000008', '2024-demo', 'WLZ-VG-DAG',      'Wonen met intensieve begeleiding (gehandicaptenzorg)', 'Verblijf',          'dag',      21500, 'WLZ'),
('0b6f0c3e-2024-4d00-8000-000000000009', '2024-demo', 'ZVW-HA-CONSULT',  'Consult huisarts',                                 'Eerstelijnszorg',       'consult',  1171,  'ZVW'),
('0b6f0c3e-2024-4d00-8000-000000000010', '2024-demo', 'ZVW-WV-UUR',      'Wijkverpleging',                                   'Eerstelijnszorg',       'uur',      8200,  'ZVW'),
('0b6f0c3e-2024-4d00-8000-000000000011', '2024-demo', 'ZVW-SEH',         'Bezoek spoedeisende hulp',                         'Ziekenhuiszorg',        'bezoek',   28500, 'ZVW'),
('0b6f0c3e-2024-4d00-8000-000000000012', '2024-demo', 'ZVW-OPNAME-DAG',  'Ziekenhuisopname',                                 'Ziekenhuiszorg',        'dag',      62000, 'ZVW'),
('0b6f0c3e-2024-4d00-8000-000000000013', '2024-demo', 'ZVW-GGZ-CRISIS',  'Crisisinterventie GGZ',                            'Geestelijke gezondheidszorg', 'keer', 125000, 'ZVW'),
('0b6f0c3e-2024-4d00-8000-000000000014', '2024-demo', 'ZVW-GGZ-UUR',     'Ambulante behandeling GGZ',                        'Geestelijke gezondheidszorg', 'uur', 11500, 'ZVW'),
('0b6f0c3e-2024-4d00-8000-000000000015', '2024-demo', 'JW-AMB-UUR',      'Ambulante jeugdhulp',                              'Jeugdhulp',             'uur',      9000,  'JEUGDWET'),
('0b6f0c3e-2024-4d00-8000-000000000016', '2024-demo', 'JW-UHP-DAG',      'Jeugdhulp met verblijf (uithuisplaatsing)',        'Jeugdhulp',             'dag',      22500, 'JEUGDWET'),
('0b6f0c3e-2024-4d00-8000-000000000017', '2024-demo', 'PW-BIJSTAND-MND', 'Bijstandsuitkering (alleenstaande)',               'Werk en inkomen',       'maand',    130000, 'PARTICIPATIEWET'),
('0b6f0c3e-2024-4d00-8000-000000000018', '2024-demo', 'PW-REINTEGRATIE', 'Re-integratietraject',                             'Werk en inkomen',       'traject',  350000, 'PARTICIPATIEWET'),
('0b6f0c3e-2024-4d00-8000-000000000019', '2024-demo', 'WZ-MW-UUR',       'Algemeen maatschappelijk werk',                    'Welzijn',               'uur',      8500,  'WELFARE'),
('0b6f0c3e-2024-4d00-8000-000000000020', '2024-demo', 'WZ-VRIJWILLIGER-UUR', 'Begeleiding en coördinatie van vrijwilligers', 'Welzijn',              'uur',      5500,  'WELFARE'),
('0b6f0c3e-2024-4d00-8000-000000000021', '2024-demo', 'WZ-BUURTBEMIDDELING', 'Buurtbemiddeling bij een burenconflict',       'Welzijn',               'traject',  110000, 'WELFARE'),
('0b6f0c3e-2024-4d00-8000-000000000022', '2024-demo', 'WZ-HUISVANDEWIJK', 'Deelname activiteit buurthuis (Huis van de Wijk)', 'Welzijn',             'bezoek',   450,   'WELFARE'),
('0b6f0c3e-2024-4d00-8000-000000000023', '2024-demo', 'WON-OVERLAST-UUR', 'Aanpak woonoverlast door de corporatie',          'Wonen',                 'uur',      6500,  'HOUSING'),
('0b6f0c3e-2024-4d00-8000-000000000024', '2024-demo', 'WON-URGENTIE',    'Bemiddeling naar andere woning (urgentie)',        'Wonen',                 'keer',     240000, 'HOUSING'),
('0b6f0c3e-2024-4d00-8000-000000000025', '2024-demo', 'WON-HUURACHTERSTAND', 'Traject huurachterstand en ontruimingspreventie', 'Wonen',             'traject',  125000, 'HOUSING'),
('0b6f0c3e-2024-4d00-8000-000000000026', '2024-demo', 'OV-WIJKAGENT-UUR', 'Inzet wijkagent',                                 'Veiligheid',            'uur',      7600,  'OTHER'),
('0b6f0c3e-2024-4d00-8000-000000000027', '2024-demo', 'OV-SCHULDHULP',   'Schuldhulpverleningstraject',                      'Financiën',             'traject',  290000, 'OTHER');
