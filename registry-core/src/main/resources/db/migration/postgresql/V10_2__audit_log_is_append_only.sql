-- The log's leaves, nodes, checkpoints and keys are append-only like its entries: the database
-- refuses to change, remove or truncate them, whoever asks.
create function audit_log_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name;
end;
$$;

create trigger audit_leaf_no_update_or_delete before update or delete on audit_leaf
    for each row execute function audit_log_refuse_change();
create trigger audit_leaf_no_truncate before truncate on audit_leaf
    for each statement execute function audit_log_refuse_change();
create trigger audit_node_no_update_or_delete before update or delete on audit_node
    for each row execute function audit_log_refuse_change();
create trigger audit_node_no_truncate before truncate on audit_node
    for each statement execute function audit_log_refuse_change();
create trigger audit_checkpoint_no_update_or_delete before update or delete on audit_checkpoint
    for each row execute function audit_log_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_log_refuse_change();
create trigger audit_signing_key_no_update_or_delete before update or delete on audit_signing_key
    for each row execute function audit_log_refuse_change();
create trigger audit_signing_key_no_truncate before truncate on audit_signing_key
    for each statement execute function audit_log_refuse_change();
