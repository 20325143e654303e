-- The audit trail becomes a transparency log (RFC 9162). A write appends its entry with no shared
-- lock: no chain head, no link to the entry before. A sealer (one at a time, on a lease) takes the
-- committed entries waiting in audit_pending, in the order of their sequence numbers, into an
-- append-only Merkle tree of dense leaf indices, and signs a checkpoint of each tree it makes.
alter table audit_entry alter column previous_hash drop not null;
drop table audit_head;

-- Entries written and committed, not yet in the tree. The entries of the chain come first, in
-- their order: the trail so far becomes the log's first leaves.
create table audit_pending (
    entry_id        uuid   not null primary key,
    sequence_number bigint not null
);
create index ix_audit_pending_sequence on audit_pending (sequence_number);
insert into audit_pending (entry_id, sequence_number) select id, sequence_number from audit_entry;

-- The tree's leaves: leaf i is SHA-256(0x00 || the entry's leaf input), hex.
create table audit_leaf (
    leaf_index bigint                   not null primary key,
    entry_id   uuid                     not null,
    leaf_hash  varchar(64)              not null,
    sealed_at  timestamp with time zone not null,
    constraint uq_audit_leaf_entry unique (entry_id)
);

-- The complete perfect subtrees above the leaves: node (level, index) covers leaves
-- [index * 2^level, (index + 1) * 2^level), kept once complete so proofs read O(log n) nodes.
create table audit_node (
    node_level int         not null,
    node_index bigint      not null,
    node_hash  varchar(64) not null,
    constraint pk_audit_node primary key (node_level, node_index)
);

-- The public halves of the keys that signed checkpoints, kept so every checkpoint stays verifiable.
create table audit_signing_key (
    key_id     varchar(32)              not null primary key,
    algorithm  varchar(40)              not null,
    public_key varchar(4000)            not null,
    first_used timestamp with time zone not null
);

create table audit_checkpoint (
    tree_size bigint                   not null primary key,
    root_hash varchar(64)              not null,
    signed_at timestamp with time zone not null,
    key_id    varchar(32)              not null,
    signature varchar(1024)            not null,
    constraint fk_audit_checkpoint_key foreign key (key_id) references audit_signing_key (key_id)
);

-- Who seals: one process at a time across every node sharing the database, until its lease runs out.
create table audit_sealer_lease (
    id         integer                  not null primary key,
    holder     varchar(200),
    expires_at timestamp with time zone,
    constraint ck_audit_sealer_lease_one_row check (id = 1)
);
insert into audit_sealer_lease (id) values (1);
