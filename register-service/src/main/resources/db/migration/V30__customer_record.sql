-- R2: the customer as far as known, one record per entry. The only table holding the
-- customer's name, address and contact details; purged with the entry (R12).
create table customer_record (
    entry_id       uuid primary key references entry (id) deferrable initially deferred,
    version        bigint       not null,
    customer_name  varchar(200),
    address_lines  varchar(1000),           -- one line per line of the postal address
    email          varchar(320),
    phone          varchar(50),
    date_of_birth  date,
    fetched_at     timestamptz,
    corrected_by   varchar(200),
    corrected_at   timestamptz
);

-- R2: the facts incident-service gave about each incident of an entry (type, when,
-- service area), for letters and partner copies; no narrative.
create table entry_incident_detail (
    entry_id       uuid         not null references entry (id) deferrable initially deferred,
    incident_id    uuid         not null,
    incident_type  varchar(60)  not null,
    occurred_at    timestamptz  not null,
    service_area   varchar(200),
    primary key (entry_id, incident_id)
);

-- R2, I8: a customer record to fetch from incident-service, written with the entry in
-- the consumer's transaction and fetched afterwards by a worker with bounded retries.
create table customer_fetch (
    id               uuid primary key,
    version          bigint       not null,
    entry_id         uuid         not null references entry (id) deferrable initially deferred,
    incident_id      uuid         not null,
    cause            varchar(30)  not null,
    cause_id         uuid         not null,   -- the incident or update that asked for it
    status           varchar(20)  not null,
    attempts         integer      not null,
    next_attempt_at  timestamptz,
    last_failure     varchar(200),            -- exception class only, never a message
    requested_at     timestamptz  not null,
    finished_at      timestamptz,
    unique (entry_id, cause_id)
);
create index customer_fetch_due on customer_fetch (next_attempt_at) where status = 'PENDING';

-- R2: cautions and advice for staff; the precautions of R13 and R14.
create table entry_caution (
    entry_id  uuid         not null references entry (id) deferrable initially deferred,
    position  integer      not null,
    caution   varchar(300) not null,
    primary key (entry_id, position)
);

-- D3: who changed an entry's personal details or cautions, when and why (field names,
-- never the values).
create table entry_change_audit (
    id          bigserial primary key,
    entry_id    uuid          not null,
    changed_by  varchar(200)  not null,
    what        varchar(500)  not null,
    reason      varchar(500)  not null,
    changed_at  timestamptz   not null
);
create index entry_change_audit_entry on entry_change_audit (entry_id);

-- R1, D3: which fields a disclosure to another service carried.
alter table entry_read_audit add column fields varchar(1000);

-- R12: the bare ids of purged entries, so other services learn "gone for good" (410)
-- rather than "never existed"; nothing else about the entry survives.
create table purged_entry (
    entry_id   uuid primary key,
    purged_on  date not null
);
