-- What stands against each parent entry, per kind of child (an appropriation's allocations, an
-- allocation's commitments and payments), reversals netted: kept up to date by every posting in its
-- own transaction, so commitment control reads one row under the parent's lock instead of summing
-- every child the parent ever had (at a national scale, tens of thousands of rows per appropriation).
-- A posting updates this row only while it holds the parent's row lock, which it takes anyway: no
-- new lock. A reversal updates it too (an atomic increment) without the parent's lock; it only
-- lowers the figure, so a posting that read it first refuses at worst what it could have taken.
create table budget_consumption (
    parent_id uuid           not null,
    kind      varchar(16)    not null,
    amount    numeric(30, 4) not null,
    constraint pk_budget_consumption primary key (parent_id, kind)
);
insert into budget_consumption (parent_id, kind, amount)
    select parent_id, kind, sum(amount) from budget_entry where parent_id is not null group by parent_id, kind;
