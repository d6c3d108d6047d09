-- R12, D5: the incidents register-service named when it opened an entry (EntryOpened), so
-- they are deleted with the entry when it is purged. Ids only.
create table register_entry_incident (
    entry_id     uuid not null,
    incident_id  uuid not null,
    primary key (entry_id, incident_id)
);

-- R12: all that is left of purged incidents: counts for statistics, nothing personal.
create table purged_incident_count (
    incident_type  varchar(60)  not null,
    service_area   varchar(100) not null,
    reported_year  integer      not null,
    incidents      integer      not null,
    primary key (incident_type, service_area, reported_year)
);
