-- On PostgreSQL the database itself keeps the audit trail append-only: no update, delete or
-- truncate of an entry, whoever asks. (H2, the embedded default, relies on the hash chain.)
create function audit_entry_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on audit_entry refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
