-- The compensation report reads summaries too. A claim changes (it moves, is decided, paid,
-- recovered from), so each claim keeps its fact as the summaries last counted it (claim_fact,
-- its own row: locked only by writes to that claim); a write replaces the fact and inserts the
-- difference as two changes (the old fact taken out, the new one put in); the folder moves
-- committed changes into claim_total. A bucket keeps its days to decision and to payment, so a
-- report's maximum is exact however claims move; an undecided claim keeps its month of filing
-- (yyyymm), so "waiting past the target" is exact for whole months, the rest read from the claims.
create table claim_fact (
    claim_id        uuid           not null primary key,
    filed_year      integer        not null,
    category        varchar(40)    not null,
    status          varchar(20)    not null,
    citizenship     varchar(2)     not null,
    sex             varchar(10)    not null,
    minor           boolean        not null,
    exploitation    varchar(30)    not null,
    decision_days   integer,
    payment_days    integer,
    undecided_month integer,
    claims          bigint         not null,
    decided         bigint         not null,
    approved_claims bigint         not null,
    approved        numeric(30, 2) not null,
    paid_claims     bigint         not null,
    paid            numeric(30, 2) not null,
    recovered       numeric(30, 2) not null,
    decided_late    bigint         not null
);

create table claim_change (
    id              uuid           not null primary key,
    filed_year      integer        not null,
    category        varchar(40)    not null,
    status          varchar(20)    not null,
    citizenship     varchar(2)     not null,
    sex             varchar(10)    not null,
    minor           boolean        not null,
    exploitation    varchar(30)    not null,
    decision_days   integer,
    payment_days    integer,
    undecided_month integer,
    claims          bigint         not null,
    decided         bigint         not null,
    approved_claims bigint         not null,
    approved        numeric(30, 2) not null,
    paid_claims     bigint         not null,
    paid            numeric(30, 2) not null,
    recovered       numeric(30, 2) not null,
    decided_late    bigint         not null
);

create table claim_total (
    group_key       varchar(200)   not null primary key,
    filed_year      integer        not null,
    category        varchar(40)    not null,
    status          varchar(20)    not null,
    citizenship     varchar(2)     not null,
    sex             varchar(10)    not null,
    minor           boolean        not null,
    exploitation    varchar(30)    not null,
    decision_days   integer,
    payment_days    integer,
    undecided_month integer,
    claims          bigint         not null,
    decided         bigint         not null,
    approved_claims bigint         not null,
    approved        numeric(30, 2) not null,
    paid_claims     bigint         not null,
    paid            numeric(30, 2) not null,
    recovered       numeric(30, 2) not null,
    decided_late    bigint         not null
);
create index ix_claim_total_year on claim_total (filed_year);

-- the undecided claims of the month a report's target falls in are read from the claims
create index ix_compensation_claim_filed on compensation_claim (filed_on);
