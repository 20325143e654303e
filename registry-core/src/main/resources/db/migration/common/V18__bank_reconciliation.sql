-- Reconciliation with the bank (reconciliation capability): the registry's bank accounts, the
-- statements imported for them and their lines, the matches between lines and the ledger's
-- entries, the resolutions of what stays unmatched, and the months signed off.

-- An account at the bank: the budget's payment account (its ledger: the budget's payments) or
-- the victims compensation fund's account (its ledger: the fund's entries).
create table bank_account (
    id          uuid          not null,
    version     bigint        not null,
    code        varchar(40)   not null,
    kind        varchar(10)   not null,
    iban        varchar(34)   not null,
    currency    varchar(3)    not null,
    name        varchar(200)  not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(64)   not null,
    constraint pk_bank_account primary key (id),
    constraint uq_bank_account_code unique (code),
    constraint uq_bank_account_iban unique (iban),
    constraint ck_bank_account_kind check (kind in ('BUDGET', 'FUND'))
);

-- A statement as the bank sent it; the same file twice is the same statement (content_hash).
create table bank_statement (
    id               uuid           not null,
    account_id       uuid           not null,
    statement_ref    varchar(35)    not null,
    message_id       varchar(35),
    from_date        date           not null,
    to_date          date           not null,
    opening_balance  numeric(24, 2) not null,
    closing_balance  numeric(24, 2) not null,
    content_hash     varchar(64)    not null,
    format           varchar(10)    not null,
    line_count       integer        not null,
    imported_at      timestamp with time zone not null,
    imported_by      varchar(64)    not null,
    constraint pk_bank_statement primary key (id),
    constraint fk_bank_statement_account foreign key (account_id) references bank_account (id),
    constraint uq_bank_statement_ref unique (account_id, statement_ref),
    constraint uq_bank_statement_content unique (account_id, content_hash)
);

-- One booked entry of a statement; amount signed: a credit (money in) above zero, a debit below.
create table statement_line (
    id              uuid           not null,
    statement_id    uuid           not null,
    account_id      uuid           not null,
    line_no         integer        not null,
    booking_date    date           not null,
    value_date      date,
    amount          numeric(24, 2) not null,
    reference       varchar(140),
    bank_reference  varchar(140),
    description     varchar(500),
    match_id        uuid,
    constraint pk_statement_line primary key (id),
    constraint fk_statement_line_statement foreign key (statement_id) references bank_statement (id),
    constraint ck_statement_line_amount check (amount <> 0)
);

create index ix_statement_line_account_day on statement_line (account_id, booking_date);

-- Lines and entries that settle each other: one line may settle several entries and the reverse.
create table reconciliation_match (
    id          uuid          not null,
    account_id  uuid          not null,
    month_start date          not null,
    rule        varchar(20)   not null,
    reason      varchar(500),
    created_at  timestamp with time zone not null,
    created_by  varchar(64)   not null,
    constraint pk_reconciliation_match primary key (id),
    constraint fk_reconciliation_match_account foreign key (account_id) references bank_account (id),
    constraint ck_reconciliation_match_rule check (rule in ('REFERENCE', 'AMOUNT_AND_DATE', 'BY_HAND'))
);

-- A ledger entry (a budget payment or a fund entry) settled by a match: at most once.
create table matched_entry (
    entry_id    uuid not null,
    match_id    uuid not null,
    constraint pk_matched_entry primary key (entry_id),
    constraint fk_matched_entry_match foreign key (match_id) references reconciliation_match (id)
);

-- What an officer decided about an item that stays unmatched.
create table reconciliation_resolution (
    id          uuid          not null,
    account_id  uuid          not null,
    month_start date          not null,
    side        varchar(10)   not null,
    item_id     uuid          not null,
    resolution  varchar(20)   not null,
    reason      varchar(500)  not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(64)   not null,
    constraint pk_reconciliation_resolution primary key (id),
    constraint uq_reconciliation_resolution_item unique (item_id),
    constraint ck_reconciliation_resolution_side check (side in ('BANK', 'LEDGER')),
    constraint ck_reconciliation_resolution_kind check (resolution in ('BANK_ERROR', 'TIMING_DIFFERENCE'))
);

-- A month signed off: its figures as they stood, never changed afterwards.
create table reconciliation_sign_off (
    account_id  uuid           not null,
    month_start date           not null,
    figures     varchar(4000)  not null,
    signed_at   timestamp with time zone not null,
    signed_by   varchar(64)    not null,
    constraint pk_reconciliation_sign_off primary key (account_id, month_start),
    constraint fk_reconciliation_sign_off_account foreign key (account_id) references bank_account (id)
);
