create table entry (
    id                  uuid primary key,
    version             bigint      not null,
    basis               varchar(30) not null,
    status              varchar(30) not null,
    opened_on           date        not null,
    restriction_period  varchar(20) not null,
    expires_on          date        not null,
    review_due          date        not null
);
create index entry_review_due on entry (review_due) where status = 'ACTIVE';

create table entry_incident (
    entry_id     uuid not null references entry (id),
    incident_id  uuid not null,
    primary key (entry_id, incident_id)
);

create table entry_incident_type (
    entry_id       uuid        not null references entry (id),
    incident_type  varchar(60) not null,
    primary key (entry_id, incident_type)
);

create table entry_team_reference (
    entry_id   uuid         not null references entry (id),
    team       varchar(100) not null,
    reference  varchar(100) not null
);

-- R1, D3: every read of an entry, who, in which role, for what purpose, when.
create table entry_read_audit (
    id        bigserial primary key,
    entry_id  uuid         not null,
    reader    varchar(200) not null,
    role      varchar(200) not null,
    purpose   varchar(200) not null,
    read_at   timestamptz  not null default now()
);
create index entry_read_audit_entry on entry_read_audit (entry_id);
