-- Several registry processes (nodes) may share one database. Each node names itself in a row it
-- renews every few seconds; a node whose row was not renewed for 30 seconds is taken for dead.
-- Times are the database's own (current_timestamp), so nodes whose clocks differ still agree.
create table registry_node (
    id            varchar(200)             not null primary key,
    started_at    timestamp with time zone not null,
    heartbeat_at  timestamp with time zone not null
);

-- A duty one node at a time performs (the rate directory's polling): the node holding the lease
-- performs it and renews the lease; when the holder dies the lease runs out and another node
-- takes over, from when the duty last ran.
create table registry_duty (
    name         varchar(60)              not null primary key,
    holder       varchar(200),
    expires_at   timestamp with time zone,
    last_run_at  timestamp with time zone
);

insert into registry_duty (name) values ('rate-directory');

-- Background jobs (rate imports, bulk entry), where every node sees them: their progress, and
-- how they ended. A job is written done in the same transaction as its writes; a job whose node
-- died while it ran wrote nothing, and reads as failed.
create table background_job (
    id          uuid                     not null primary key,
    kind        varchar(40)              not null,
    detail      varchar(300),
    status      varchar(10)              not null,
    done        integer                  not null,
    total       integer                  not null,
    reached     varchar(60),
    started_by  varchar(64)              not null,
    started_at  timestamp with time zone not null,
    node        varchar(200)             not null,
    outcome     varchar,
    failure     varchar,
    constraint ck_background_job_status check (status in ('RUNNING', 'DONE', 'FAILED'))
);

create index ix_background_job_started_at on background_job (started_at);
