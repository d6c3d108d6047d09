-- D3: every disclosure of an incident's customer details to another service (who, which
-- incident, for what purpose, when). Ids and purposes only: the disclosed data is not copied.
create table disclosure_log (
    id            uuid         primary key,
    recipient     varchar(200) not null,
    incident_id   uuid         not null references incident (id),
    purpose       varchar(100) not null,
    disclosed_at  timestamptz  not null
);
create index disclosure_log_incident on disclosure_log (incident_id);
