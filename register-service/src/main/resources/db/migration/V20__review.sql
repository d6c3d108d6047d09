-- R9: when an entry was last reviewed; R11: the note "appeal in progress".
alter table entry add column last_reviewed_on date;
alter table entry add column appeal_in_progress boolean not null default false;

-- R9: each recorded review; its outcome awaits the Governance Group (R10).
create table entry_review (
    id                   uuid primary key,
    version              bigint        not null,
    entry_id             uuid          not null,
    reviewed_on          date          not null,
    reviewed_by          varchar(200)  not null,
    outcome              varchar(20)   not null,
    reasons              varchar(2000) not null,
    next_review_due      date          not null,
    new_incidents        integer       not null,
    contacts_considered  integer       not null,
    justification_id     uuid,
    status               varchar(30)   not null,
    governance_decided_on date
);
create index entry_review_entry on entry_review (entry_id);
-- R9: one review at a time awaits Governance
create unique index entry_review_one_awaiting on entry_review (entry_id) where status = 'AWAITING_GOVERNANCE';

-- R9: the incidents already considered (at opening or at the last review); any other
-- incident linked to the entry is new evidence for the next review (I6, I7).
create table review_incident_baseline (
    entry_id     uuid not null,
    incident_id  uuid not null,
    primary key (entry_id, incident_id)
);

-- R9, policy §4.7: positive or neutral contact with the customer, to support removal.
create table contact_note (
    id                    uuid primary key,
    entry_id              uuid          not null,
    contact_on            date          not null,
    team                  varchar(100)  not null,
    kind                  varchar(20)   not null,
    note                  varchar(1000) not null,
    recorded_by           varchar(200)  not null,
    recorded_on           date          not null,
    considered_in_review  uuid
);
create index contact_note_entry on contact_note (entry_id);

-- R9, policy §4.7: the raising team's justification for keeping an entry based on
-- personal circumstances.
create table retention_justification (
    id                              uuid primary key,
    entry_id                        uuid          not null,
    team                            varchar(100)  not null,
    justification                   varchar(2000) not null,
    restrictions_still_appropriate  boolean       not null,
    given_by                        varchar(200)  not null,
    given_on                        date          not null,
    considered_in_review            uuid
);
create index retention_justification_entry on retention_justification (entry_id);

-- R9: an overdue review is escalated once per review date.
create table review_escalation (
    entry_id      uuid not null,
    review_due    date not null,
    escalated_on  date not null,
    primary key (entry_id, review_due)
);
