-- R3: another period set by the CSSM or Executive Director, with its reason.
alter table entry add column period_reason varchar(500);
alter table entry add column period_set_by varchar(200);
-- R10, R12: removal decided, approved by Governance, purged 6 months later.
alter table entry add column removal_decided_on date;
alter table entry add column removed_on date;
alter table entry add column purge_due date;
create index entry_purge_due on entry (purge_due) where status = 'REMOVED';
create index entry_expires_on on entry (expires_on) where status = 'ACTIVE';

-- R12: the only thing that outlives a purged entry: anonymous counts.
create table purged_entry_count (
    removed_in_month  date        not null,
    basis             varchar(30) not null,
    purged            integer     not null,
    primary key (removed_in_month, basis)
);
