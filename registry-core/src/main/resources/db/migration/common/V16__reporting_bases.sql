-- Reporting bases (money capability): how one report converts and prints its figures (its rate,
-- stated or worked out from the figure pairs it prints; the rounding of converted figures; how
-- tenge are written; what its year summary says), named after the report. A basis is corrected
-- by a new revision: the earlier one stays, superseded, so a figure computed on it can be
-- computed again as it was.
create table reporting_basis (
    id              uuid                     not null primary key,
    name            varchar(100)             not null,
    revision        integer                  not null,
    currency        varchar(3)               not null,
    kzt_per_unit    numeric(24, 12)          not null,
    rate_low        numeric(24, 12),
    rate_low_in     boolean,
    rate_high       numeric(24, 12),
    rate_high_in    boolean,
    rate_choice     varchar(1000)            not null,
    -- the printed pairs as given, "tenge=printed" separated by ";" (exact decimals as text)
    pairs           varchar(4000),
    rounding_unit   numeric(24, 12)          not null,
    rounding_rule   varchar(10)              not null,
    tenge_format    varchar(10)              not null,
    tenge_digits    integer,
    shows_total     boolean                  not null,
    comparison      varchar(10)              not null,
    total_phrase    varchar(200),
    total_phrase_ru varchar(200),
    description     varchar(500)             not null,
    reason          varchar(500),
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(64)              not null,
    superseded_at   timestamp with time zone,
    constraint uq_reporting_basis unique (name, revision),
    constraint ck_reporting_basis_rate check (kzt_per_unit > 0 and rounding_unit > 0),
    constraint ck_reporting_basis_rule check (rounding_rule in ('HALF_UP', 'HALF_EVEN', 'HALF_DOWN', 'DOWN', 'UP')),
    constraint ck_reporting_basis_tenge check (tenge_format in ('EXACT', 'MILLIONS')
        and (tenge_digits is null or tenge_digits between 1 and 15)),
    constraint ck_reporting_basis_comparison check (comparison in ('NONE', 'TOTAL', 'PER_LINE'))
);

-- A fixed rate is corrected the same way: a new revision, the earlier kept and superseded.
alter table fixed_rate add column revision integer default 1 not null;
alter table fixed_rate add column superseded_at timestamp with time zone;
alter table fixed_rate add column reason varchar(500);
alter table fixed_rate drop constraint uq_fixed_rate;
alter table fixed_rate add constraint uq_fixed_rate_revision unique (name, currency, revision);
