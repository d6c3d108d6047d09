-- I5: a persistent-contact report lists its contacts, one line per day, channel and
-- officer contacted, with how many contacts that was.
create table incident_contact (
    incident_id        uuid         not null references incident (id),
    position           integer      not null,
    contact_date       date         not null,
    channel            varchar(40)  not null,
    officer_contacted  varchar(200) not null,
    contact_count      integer      not null check (contact_count > 0),
    primary key (incident_id, position)
);

-- I7: a breach of restrictions names the restriction broken; linked_entry_id says whose.
alter table incident add column breached_restriction varchar(500);
alter table incident add constraint incident_breach_is_linked
    check (breached_restriction is null or linked_entry_id is not null);
create index incident_linked_entry on incident (linked_entry_id) where linked_entry_id is not null;
