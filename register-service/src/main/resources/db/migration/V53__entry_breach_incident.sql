-- I7: the incidents reported as breaches of this entry's restrictions, so the evidence pack
-- marks them (R9). Deleted with the entry (R12).
create table entry_breach_incident (
    entry_id     uuid not null references entry (id),
    incident_id  uuid not null,
    primary key (entry_id, incident_id)
);
