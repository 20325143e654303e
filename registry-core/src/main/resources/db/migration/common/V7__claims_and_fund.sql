-- Compensation claims, the victims compensation fund's ledger, payment registers and recourse
-- (claims capability). A claim keeps the law's figures it was decided with.
create table compensation_claim (
    id                    uuid          not null,
    version               bigint        not null,
    claim_code            varchar(20)   not null,
    victim_id             uuid          not null,
    proceeding_id         uuid          not null,
    category              varchar(40)   not null,
    status                varchar(20)   not null,
    filed_on              date          not null,
    recognised_on         date          not null,
    deadline_restored_ref varchar(200),
    civil_claim_ref       varchar(200),
    decided_on            date,
    denial_reason         varchar(500),
    amount                numeric(24, 2),
    mci_multiple          integer,
    mci_value             numeric(12, 2),
    mci_valid_from        date,
    mci_purpose           varchar(30),
    mci_source            varchar(300),
    category_valid_from   date,
    register_id           uuid,
    paid_on               date,
    created_at            timestamp with time zone not null,
    constraint pk_compensation_claim primary key (id),
    constraint uq_compensation_claim_code unique (claim_code),
    -- one claim per victim, proceeding and harm
    constraint uq_compensation_claim_harm unique (victim_id, proceeding_id, category),
    constraint fk_compensation_claim_victim foreign key (victim_id) references victim (id),
    constraint fk_compensation_claim_proceeding foreign key (proceeding_id) references criminal_proceeding (id)
);

create index ix_compensation_claim_status on compensation_claim (status);

-- Every move of a claim, with its date and reason.
create table claim_move (
    id         uuid        not null,
    claim_id   uuid        not null,
    from_state varchar(20),
    to_state   varchar(20) not null,
    moved_on   date        not null,
    reason     varchar(500),
    moved_at   timestamp with time zone not null,
    moved_by   varchar(64) not null,
    constraint pk_claim_move primary key (id),
    constraint fk_claim_move_claim foreign key (claim_id) references compensation_claim (id)
);

create index ix_claim_move_claim on claim_move (claim_id);

-- Approved claims sent together to the treasury for payment.
create table payment_register (
    id          uuid           not null,
    version     bigint         not null,
    number      varchar(40)    not null,
    status      varchar(10)    not null,
    total       numeric(24, 2) not null,
    created_on  date           not null,
    paid_on     date,
    created_at  timestamp with time zone not null,
    constraint pk_payment_register primary key (id),
    constraint uq_payment_register_number unique (number)
);

-- The fund: one row locked by every movement, so balance checks and postings take turns.
create table fund_account (
    id      integer not null,
    version bigint  not null,
    constraint pk_fund_account primary key (id),
    constraint ck_fund_account_one_row check (id = 1)
);

insert into fund_account (id, version) values (1, 1);

-- The fund's ledger: inflows by source, payments to victims out. Append-only.
create table fund_entry (
    id          uuid           not null,
    direction   varchar(10)    not null,
    source      varchar(30)    not null,
    amount      numeric(24, 2) not null,
    value_date  date           not null,
    reference   varchar(200),
    register_id uuid,
    recovery_id uuid,
    posted_at   timestamp with time zone not null,
    posted_by   varchar(64)    not null,
    constraint pk_fund_entry primary key (id),
    constraint ck_fund_entry_direction check (direction in ('IN', 'OUT')),
    constraint ck_fund_entry_positive check (amount > 0)
);

create index ix_fund_entry_date on fund_entry (value_date);

-- Recourse: after paying, the state recovers the amount from the persons convicted.
create table recovery (
    id            uuid           not null,
    version       bigint         not null,
    claim_id      uuid           not null,
    proceeding_id uuid           not null,
    amount_due    numeric(24, 2) not null,
    recovered     numeric(24, 2) not null,
    status        varchar(20)    not null,
    opened_on     date           not null,
    created_at    timestamp with time zone not null,
    constraint pk_recovery primary key (id),
    constraint uq_recovery_claim unique (claim_id),
    constraint fk_recovery_claim foreign key (claim_id) references compensation_claim (id)
);
