-- On PostgreSQL the database itself keeps the budget ledger append-only: a posted entry is
-- never updated or deleted; a correction is a reversing entry. (H2 relies on the application.)
create function budget_entry_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'the budget ledger is append-only: % on budget_entry refused; post a reversal instead', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger budget_entry_no_update_or_delete
    before update or delete on budget_entry
    for each row execute function budget_entry_refuse_change();

create trigger budget_entry_no_truncate
    before truncate on budget_entry
    for each statement execute function budget_entry_refuse_change();
