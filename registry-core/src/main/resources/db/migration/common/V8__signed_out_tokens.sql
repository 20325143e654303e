-- Bearer tokens whose holder signed out before they expired: refused from then on. A row is
-- needed only until the token's own end; signing out removes the rows past it.
create table signed_out_token (
    token_id       varchar(64)              not null primary key,
    username       varchar(64)              not null,
    expires_at     timestamp with time zone not null,
    signed_out_at  timestamp with time zone not null
);

create index signed_out_token_expiry on signed_out_token (expires_at);
