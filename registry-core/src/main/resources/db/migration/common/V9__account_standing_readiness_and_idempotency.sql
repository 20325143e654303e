-- A user's credentials version: every bearer token names the version it was issued under, and a
-- new password raises it, so every token issued before the change is refused from then on.
alter table registry_user add column credentials_version bigint default 0 not null;

-- Readiness updates this row and rolls back, to learn whether the database accepts writes
-- (a read-only database still answers reads, and would otherwise pass for ready).
create table readiness_probe (
    id          integer                  not null primary key,
    checked_at  timestamp with time zone
);

insert into readiness_probe (id) values (1);

-- Idempotency keys name the record their request made by its key as text: an id, a fiscal year,
-- a purpose's code. Every creating request takes a key now, whatever its record is keyed by.
alter table idempotency_key add column record_key varchar(64);
update idempotency_key set record_key = cast(record_id as varchar(64));
alter table idempotency_key alter column record_key set not null;
alter table idempotency_key drop column record_id;
