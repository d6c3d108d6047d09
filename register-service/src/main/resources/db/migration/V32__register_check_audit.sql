-- R13, D3: every councillor check: who, when, a hash of the query (never its text) and
-- how many active entries it matched.
create table register_check_audit (
    id               bigserial primary key,
    checked_by       varchar(200) not null,
    role             varchar(200) not null,
    query_hash       varchar(64)  not null,
    entries_matched  integer      not null,
    checked_at       timestamptz  not null
);
