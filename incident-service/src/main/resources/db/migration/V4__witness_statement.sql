-- I2: any number of witness statements per incident; each witness becomes involved (I9).
create table incident_witness_statement (
    id           uuid         primary key,
    incident_id  uuid         not null references incident (id),
    witness      varchar(200) not null,
    statement    text         not null,
    recorded_by  varchar(200) not null,
    recorded_at  timestamptz  not null
);
create index incident_witness_statement_incident on incident_witness_statement (incident_id);
