-- Reports read summaries, not the ledgers. A posting never updates a summary row (that row would
-- be a lock every posting to the same year and purpose queues on): it inserts its change into
-- spending_change in its own transaction, and a folder moves committed changes into the totals,
-- deleting what it folded in the same transaction. A report sums the totals and the changes not
-- yet folded in one statement, so it equals the ledger at the state it reads.
create table spending_change (
    id           uuid           not null primary key,
    fiscal_year  integer        not null,
    source       varchar(32)    not null,
    purpose      varchar(40)    not null,
    shelter_id   uuid,
    case_number  varchar(40),
    currency     varchar(3)     not null,
    appropriated numeric(30, 4) not null,
    allocated    numeric(30, 4) not null,
    committed    numeric(30, 4) not null,
    paid         numeric(30, 4) not null
);

-- The coarse totals: what most reports and the year summary ask for.
create table spending_by_purpose (
    group_key    varchar(200)   not null primary key,
    fiscal_year  integer        not null,
    source       varchar(32)    not null,
    purpose      varchar(40)    not null,
    currency     varchar(3)     not null,
    appropriated numeric(30, 4) not null,
    allocated    numeric(30, 4) not null,
    committed    numeric(30, 4) not null,
    paid         numeric(30, 4) not null
);
create index ix_spending_by_purpose_year on spending_by_purpose (fiscal_year);

-- The fine totals: per shelter and per investigation, for reports that group or filter by them.
create table spending_by_recipient (
    group_key    varchar(200)   not null primary key,
    fiscal_year  integer        not null,
    source       varchar(32)    not null,
    purpose      varchar(40)    not null,
    shelter_id   uuid,
    case_number  varchar(40),
    currency     varchar(3)     not null,
    appropriated numeric(30, 4) not null,
    allocated    numeric(30, 4) not null,
    committed    numeric(30, 4) not null,
    paid         numeric(30, 4) not null
);
create index ix_spending_by_recipient_year on spending_by_recipient (fiscal_year);
create index ix_spending_by_recipient_shelter on spending_by_recipient (shelter_id);
create index ix_spending_by_recipient_case on spending_by_recipient (case_number);

-- The fund's movements per day: fund postings already queue on the fund's account row, so the
-- day's row is updated in the posting's own transaction and adds no lock of its own.
create table fund_day_total (
    value_date date           not null,
    direction  varchar(10)    not null,
    source     varchar(30)    not null,
    amount     numeric(30, 2) not null,
    constraint pk_fund_day_total primary key (value_date, direction, source)
);
insert into fund_day_total (value_date, direction, source, amount)
    select value_date, direction, source, sum(amount) from fund_entry group by value_date, direction, source;
