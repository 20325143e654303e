-- The budget (budget capability): fiscal periods, purposes, and one append-only ledger of
-- appropriations, allocations, commitments and payments. A correction is a reversing entry
-- (same kind, negative amount, naming the entry it reverses); no entry is ever changed.

-- A fiscal year (the calendar year) is opened before anything is posted in it; once closed it
-- accepts nothing.
create table fiscal_period (
    fiscal_year integer     not null,
    version     bigint      not null,
    state       varchar(10) not null,
    opened_at   timestamp with time zone not null,
    opened_by   varchar(64) not null,
    closed_at   timestamp with time zone,
    closed_by   varchar(64),
    constraint pk_fiscal_period primary key (fiscal_year),
    constraint ck_fiscal_period_state check (state in ('OPEN', 'CLOSED')),
    constraint ck_fiscal_period_year check (fiscal_year between 1993 and 2100)
);

-- What money is for. The seed's purposes are built in; finance officers add others.
create table budget_purpose (
    code       varchar(40)  not null,
    version    bigint       not null,
    name       varchar(200) not null,
    created_at timestamp with time zone not null,
    constraint pk_budget_purpose primary key (code)
);

insert into budget_purpose (code, version, name, created_at) values
    ('shelter-assistance', 1, 'Shelter assistance: legal, psychological and medical help in NGO-operated shelters', timestamp '2026-11-28 00:00:00+00'),
    ('investigation-assistance', 1, 'Victim assistance during investigations: witness protection, pre-trial shelter, food, clothing, medical and legal help', timestamp '2026-11-28 00:00:00+00'),
    ('hotline', 1, 'Trafficking hotline', timestamp '2026-11-28 00:00:00+00');

-- A bulk entry: one CSV file posted all or nothing.
create table budget_batch (
    id        uuid        not null,
    kind      varchar(16) not null,
    entries   integer     not null,
    posted_at timestamp with time zone not null,
    posted_by varchar(64) not null,
    constraint pk_budget_batch primary key (id)
);

-- The ledger. Children carry their appropriation's year, source and purpose (and payments
-- their allocation's target) so every report is a query over this one table.
create table budget_entry (
    id               uuid           not null,
    version          bigint         not null,
    kind             varchar(16)    not null,
    fiscal_year      integer        not null,
    source           varchar(32)    not null,
    purpose          varchar(40)    not null,
    appropriation_id uuid,
    parent_id        uuid,
    shelter_id       uuid,
    case_number      varchar(40),
    recipient        varchar(200),
    amount           numeric(24, 4) not null,
    currency         varchar(3)     not null,
    value_date       date           not null,
    description      varchar(500),
    reverses_id      uuid,
    batch_id         uuid,
    posted_at        timestamp with time zone not null,
    posted_by        varchar(64)    not null,
    constraint pk_budget_entry primary key (id),
    constraint fk_budget_entry_period foreign key (fiscal_year) references fiscal_period (fiscal_year),
    constraint fk_budget_entry_purpose foreign key (purpose) references budget_purpose (code),
    constraint fk_budget_entry_parent foreign key (parent_id) references budget_entry (id),
    constraint fk_budget_entry_reverses foreign key (reverses_id) references budget_entry (id),
    constraint fk_budget_entry_shelter foreign key (shelter_id) references shelter (id),
    constraint fk_budget_entry_batch foreign key (batch_id) references budget_batch (id),
    -- an entry is reversed at most once
    constraint uq_budget_entry_reverses unique (reverses_id),
    constraint ck_budget_entry_kind check (kind in ('APPROPRIATION', 'ALLOCATION', 'COMMITMENT', 'PAYMENT')),
    constraint ck_budget_entry_sign check ((reverses_id is null and amount > 0) or (reverses_id is not null and amount < 0)),
    constraint ck_budget_entry_parent check ((kind = 'APPROPRIATION' and parent_id is null)
                                          or (kind <> 'APPROPRIATION' and parent_id is not null))
);

create index ix_budget_entry_parent on budget_entry (parent_id, kind);
create index ix_budget_entry_year on budget_entry (fiscal_year, kind);
create index ix_budget_entry_shelter on budget_entry (shelter_id);
create index ix_budget_entry_case on budget_entry (case_number);
create index ix_budget_entry_batch on budget_entry (batch_id);

-- Idempotent creation: a client's key for a POST, and what that POST created, so a retry
-- answers with the first result instead of making a second record.
create table idempotency_key (
    caller          varchar(64)  not null,
    idempotency_key varchar(200) not null,
    fingerprint     varchar(64)  not null,
    record_type     varchar(40)  not null,
    record_id       uuid         not null,
    created_at      timestamp with time zone not null,
    constraint pk_idempotency_key primary key (caller, idempotency_key)
);
