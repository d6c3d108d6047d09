-- I6, I7, I8: the register entries this service has heard of (ids and standing only,
-- learnt from register-service's events), so a report links only to an entry on the
-- register.
create table register_entry (
    entry_id    uuid        primary key,
    standing    varchar(20) not null check (standing in ('ON_REGISTER', 'REMOVED', 'PURGED')),
    changed_at  timestamptz not null
);
