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
