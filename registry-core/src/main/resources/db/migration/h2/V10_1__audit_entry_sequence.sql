-- Sequence numbers of audit entries, taken without a lock and going on from the chain's last.
create sequence audit_entry_sequence start with 1;
alter sequence audit_entry_sequence restart with (select coalesce(max(sequence_number), 0) + 1 from audit_entry);
