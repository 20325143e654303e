-- The victims compensation law as data (claims capability), Law No. 131-VI of 10 January 2018
-- "On the Victims Compensation Fund": amounts are multiples of the monthly calculation index
-- (MCI), which the republican budget law sets by date, sometimes mid-year and for one purpose
-- only. An administrator's dated act adds a value; nothing is ever overwritten, so a decision
-- keeps the value it used.
create table mci_value (
    id          uuid          not null,
    version     bigint        not null,
    purpose     varchar(30)   not null,
    valid_from  date          not null,
    amount      numeric(12, 2) not null,
    source      varchar(300)  not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(64)   not null,
    constraint pk_mci_value primary key (id),
    constraint uq_mci_value unique (purpose, valid_from),
    constraint ck_mci_value_positive check (amount > 0)
);

-- The figures of shared/DOMAIN.md (the republican budget laws of each year).
insert into mci_value (id, version, purpose, valid_from, amount, source, recorded_at, recorded_by) values
    ('6d63692d-0000-4000-8000-000000002018', 1, 'general', date '2018-01-01', 2405.00, 'Republican budget law for 2018', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000000002019', 1, 'general', date '2019-01-01', 2525.00, 'Republican budget law for 2019', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000000002020', 1, 'general', date '2020-01-01', 2651.00, 'Republican budget law for 2020', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000020200401', 1, 'general', date '2020-04-01', 2778.00, 'Republican budget law for 2020 as amended: from 1 April 2020', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000000002021', 1, 'general', date '2021-01-01', 2917.00, 'Republican budget law for 2021', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000000002022', 1, 'general', date '2022-01-01', 3063.00, 'Republican budget law for 2022', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000020220401', 1, 'social-payments', date '2022-04-01', 3180.00, 'Republican budget law for 2022 as amended: pensions, benefits and other social payments from 1 April 2022', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000000002023', 1, 'general', date '2023-01-01', 3450.00, 'Republican budget law for 2023', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000000002024', 1, 'general', date '2024-01-01', 3692.00, 'Republican budget law for 2024', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000000002025', 1, 'general', date '2025-01-01', 3932.00, 'Republican budget law for 2025', timestamp '2026-11-28 00:00:00+00', 'system'),
    ('6d63692d-0000-4000-8000-000000002026', 1, 'general', date '2026-01-01', 4325.00, 'Republican budget law for 2026', timestamp '2026-11-28 00:00:00+00', 'system');

-- Compensation categories: who is compensated, by how many MCI, for which Criminal Code
-- articles. A change is a new version from a date; decisions keep the version they used.
-- Rows marked unverified carry values DOMAIN.md does not confirm: check them against the law.
create table compensation_category (
    id           uuid         not null,
    version      bigint       not null,
    code         varchar(40)  not null,
    name         varchar(300) not null,
    mci_multiple integer      not null,
    articles     varchar(200) not null,
    valid_from   date         not null,
    unverified   boolean      not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(64)  not null,
    constraint pk_compensation_category primary key (id),
    constraint uq_compensation_category unique (code, valid_from),
    constraint ck_compensation_category_multiple check (mci_multiple > 0)
);

-- The fund pays victims since 1 July 2020.
insert into compensation_category (id, version, code, name, mci_multiple, articles, valid_from, unverified, recorded_at, recorded_by) values
    ('63617465-0000-4000-8000-000000000128', 1, 'trafficking-in-persons', 'Victims of trafficking in persons', 30, '128', date '2020-07-01', false, timestamp '2026-11-28 00:00:00+00', 'system'),
    ('63617465-0000-4000-8000-000000000135', 1, 'trafficking-in-minors', 'Victims of trafficking in minors', 30, '135', date '2020-07-01', false, timestamp '2026-11-28 00:00:00+00', 'system'),
    ('63617465-0000-4000-8000-000000000146', 1, 'torture', 'Victims of torture', 30, '146', date '2020-07-01', false, timestamp '2026-11-28 00:00:00+00', 'system'),
    ('63617465-0000-4000-8000-000000000120', 1, 'sexual-violence-against-minors', 'Minors who suffered sexual violence', 30, '120,121,122,123,124', date '2020-07-01', true, timestamp '2026-11-28 00:00:00+00', 'system'),
    ('63617465-0000-4000-8000-000000000040', 1, 'serious-harm-or-hiv', 'Serious harm to health or HIV infection', 40, '120,121,122,123,124,128,135,146', date '2020-07-01', true, timestamp '2026-11-28 00:00:00+00', 'system'),
    ('63617465-0000-4000-8000-000000000050', 1, 'death', 'Death of the victim, paid to successors', 50, '120,121,122,123,124,128,135,146', date '2020-07-01', true, timestamp '2026-11-28 00:00:00+00', 'system');
