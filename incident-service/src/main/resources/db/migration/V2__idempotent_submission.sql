-- One row per (caller, Idempotency-Key): a retried POST finds the first result here.
-- Written in the same transaction as the incident; the FK is checked at commit because
-- the key is claimed before the incident row is flushed.
create table incident_submission (
    caller           varchar(200) not null,
    idempotency_key  varchar(200) not null,
    fingerprint      varchar(64)  not null,
    incident_id      uuid         not null references incident (id) deferrable initially deferred,
    submitted_at     timestamptz  not null,
    primary key (caller, idempotency_key)
);
