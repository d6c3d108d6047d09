-- R10: the Governance Group's quarterly meetings, their agendas and decisions.
create table governance_meeting (
    id                  uuid primary key,
    version             bigint       not null,
    meeting_on          date         not null,
    quarter             varchar(7)   not null unique,
    scheduled_by        varchar(200) not null,
    agenda_compiled_on  date
);

create table governance_agenda_item (
    id          uuid primary key,
    meeting_id  uuid          not null references governance_meeting (id),
    kind        varchar(30)   not null,
    entry_id    uuid          not null,
    subject_id  uuid          not null,
    decision    varchar(20),
    minute      varchar(2000),
    decided_by  varchar(200),
    decided_on  date,
    unique (meeting_id, kind, subject_id)
);
create index governance_agenda_item_entry on governance_agenda_item (entry_id);

-- R10: restriction periods extended (R3), reported once to the next meeting.
create table governance_extension (
    id           uuid primary key,
    entry_id     uuid not null,
    extended_on  date not null,
    expires_on   date not null
);
create index governance_extension_entry on governance_extension (entry_id);
