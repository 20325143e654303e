-- The registry's users (security capability). Passwords are PBKDF2 hashes, never the password.
create table registry_user (
    id            uuid         not null,
    version       bigint       not null,
    username      varchar(64)  not null,
    password_hash varchar(512) not null,
    enabled       boolean      not null,
    failed_logins integer      not null,
    locked_until  timestamp with time zone,
    created_at    timestamp with time zone not null,
    constraint pk_registry_user primary key (id),
    constraint uq_registry_user_username unique (username)
);

create table registry_user_role (
    user_id uuid        not null,
    role    varchar(32) not null,
    constraint pk_registry_user_role primary key (user_id, role),
    constraint fk_registry_user_role_user foreign key (user_id) references registry_user (id)
);

-- The audit trail (audit capability): append-only, each entry holding the hash of the one before.
create table audit_entry (
    id              uuid         not null,
    sequence_number bigint       not null,
    occurred_at     timestamp with time zone not null,
    actor           varchar(64)  not null,
    actor_roles     varchar(200) not null,
    action          varchar(40)  not null,
    aggregate_type  varchar(64)  not null,
    aggregate_id    varchar(64)  not null,
    before_state    varchar,
    after_state     varchar,
    correlation_id  varchar(64),
    previous_hash   varchar(64)  not null,
    entry_hash      varchar(64)  not null,
    constraint pk_audit_entry primary key (id),
    constraint uq_audit_entry_sequence unique (sequence_number)
);

create index ix_audit_entry_aggregate on audit_entry (aggregate_type, aggregate_id);
create index ix_audit_entry_actor on audit_entry (actor);
create index ix_audit_entry_occurred_at on audit_entry (occurred_at);

-- The end of the chain: one row, locked by every append so entries link one after another.
create table audit_head (
    id            integer     not null,
    last_sequence bigint      not null,
    last_hash     varchar(64) not null,
    constraint pk_audit_head primary key (id),
    constraint ck_audit_head_one_row check (id = 1)
);

insert into audit_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
