-- Reminders (M4). What is pending, as register and incident events told it: ids and dates
-- only, nothing from the entry or the report (D1).
create table reminder_review (
    entry_id    uuid primary key,
    review_due  date          not null,
    -- the event that set review_due: an older one changes nothing
    as_of       timestamptz   not null
);
create index reminder_review_due on reminder_review (review_due);

create table reminder_appeal (
    appeal_id  uuid primary key,
    entry_id   uuid          not null,
    lodged_at  timestamptz   not null
);
create index reminder_appeal_lodged on reminder_appeal (lodged_at);
create index reminder_appeal_entry on reminder_appeal (entry_id);

create table reminder_incident (
    incident_id      uuid primary key,
    reported_at      timestamptz   not null,
    linked_entry_id  uuid
);
create index reminder_incident_reported on reminder_incident (reported_at);
create index reminder_incident_entry on reminder_incident (linked_entry_id);

-- One row per occasion reminded of. The unique key is what makes "exactly once" hold
-- across runs of the job, instances and redelivered events; the kind includes the stage
-- (REVIEW_DUE, REVIEW_OVERDUE ...), the subject is an entry, appeal or incident id or a
-- meeting date.
create table reminder (
    id          uuid primary key,
    kind        varchar(30)   not null,
    subject_id  varchar(100)  not null,
    due_date    date          not null,
    entry_id    uuid,
    role        varchar(30)   not null,
    created_at  timestamptz   not null,
    constraint reminder_occasion unique (kind, subject_id, due_date)
);
create index reminder_entry on reminder (entry_id);
create index reminder_created on reminder (created_at desc);

-- A reminder's email is a delivery like a marker notification's, sent by the same sender
-- with the same retries, parking and re-drive; it has the reminder's id and text instead
-- of an event, subscription, team and reference.
alter table notification_delivery alter column event_id drop not null;
alter table notification_delivery alter column subscription_id drop not null;
alter table notification_delivery alter column entry_id drop not null;
alter table notification_delivery alter column team drop not null;
alter table notification_delivery alter column customer_reference drop not null;
alter table notification_delivery alter column marker_change drop not null;
alter table notification_delivery add column reminder_id uuid references reminder (id) on delete cascade;
alter table notification_delivery add column subject varchar(300);
alter table notification_delivery add column body varchar(10000);
alter table notification_delivery add constraint notification_delivery_marker_or_reminder check (
    (reminder_id is null and event_id is not null and subscription_id is not null and entry_id is not null
        and team is not null and customer_reference is not null and marker_change is not null)
    or (reminder_id is not null and channel = 'EMAIL' and subject is not null and body is not null));
create index notification_delivery_reminder on notification_delivery (reminder_id);
