-- Official exchange rates (money capability): KZT per one unit of a currency, by day.
-- A correction adds a revision and marks the one before superseded; nothing is overwritten.
create table exchange_rate (
    id                uuid           not null,
    version           bigint         not null,
    currency          varchar(3)     not null,
    rate_date         date           not null,
    revision          integer        not null,
    kzt_per_unit      numeric(24, 12) not null,
    published_rate    numeric(20, 6) not null,
    quant             integer        not null,
    source            varchar(100)   not null,
    recorded_at       timestamp with time zone not null,
    superseded_at     timestamp with time zone,
    correction_reason varchar(500),
    constraint pk_exchange_rate primary key (id),
    constraint uq_exchange_rate_revision unique (currency, rate_date, revision),
    constraint ck_exchange_rate_positive check (kzt_per_unit > 0 and published_rate > 0 and quant > 0)
);

create index ix_exchange_rate_lookup on exchange_rate (currency, rate_date);

-- Named fixed rates: one rate a publication uses throughout (the TIP report's 331.31 KZT per USD).
create table fixed_rate (
    id           uuid            not null,
    version      bigint          not null,
    name         varchar(100)    not null,
    currency     varchar(3)      not null,
    kzt_per_unit numeric(24, 12) not null,
    description  varchar(500)    not null,
    created_at   timestamp with time zone not null,
    constraint pk_fixed_rate primary key (id),
    constraint uq_fixed_rate unique (name, currency),
    constraint ck_fixed_rate_positive check (kzt_per_unit > 0)
);
