-- R7: approval of complex or sensitive entries by the CSSM (or the Executive Director
-- standing in, with the reason).
alter table entry add column approval_state varchar(20) not null default 'NOT_REQUIRED';
alter table entry add column approved_by varchar(200);
alter table entry add column approver_role varchar(40);
alter table entry add column approved_at timestamptz;
alter table entry add column stand_in_reason varchar(30);
alter table entry add column stand_in_note varchar(500);
alter table entry add column cssm_is_target boolean not null default false;

-- R6: the complaint check before restrictions, who checked and when.
alter table entry add column complaint_status varchar(40);
alter table entry add column complaint_consideration varchar(1000);
alter table entry add column complaint_checked_by varchar(200);
alter table entry add column complaint_checked_at timestamptz;

-- R5: the reasonable-adjustments and vulnerability answer before restrictions.
alter table entry add column adjustment_needs_identified boolean;
alter table entry add column adjustments varchar(2000);
alter table entry add column adjustments_by varchar(200);
alter table entry add column adjustments_at timestamptz;

-- R4: restrictions in force and proposed, each with its scope and conditions.
alter table entry add column restrictions_applied_by varchar(200);
alter table entry add column restrictions_applied_at timestamptz;
alter table entry add column restrictions_proposed_by varchar(200);
alter table entry add column restrictions_proposed_at timestamptz;

create table entry_restriction (
    entry_id                    uuid          not null references entry (id),
    position                    integer       not null,
    kind                        varchar(40)   not null,
    service_areas               varchar(1000),
    council_wide                boolean       not null,
    council_wide_justification  varchar(1000),
    conditions                  varchar(1000),
    channel                     varchar(20),
    closes_channels             varchar(200),
    primary key (entry_id, position)
);

create table entry_restriction_proposed (like entry_restriction including all);
alter table entry_restriction_proposed add foreign key (entry_id) references entry (id);

-- R8: letters owed to the customer (requested, or held while notice is withheld), the
-- standing withholding decision with its re-check, and the history of notice decisions.
create table entry_letter (
    entry_id      uuid        not null references entry (id),
    position      integer     not null,
    request_id    uuid        not null,
    kind          varchar(30) not null,
    status        varchar(20) not null,
    owed_on       date        not null,
    requested_on  date,
    primary key (entry_id, position)
);

alter table entry add column notice_withheld_reason varchar(1000);
alter table entry add column notice_recheck_on date;
alter table entry add column notice_withheld_by varchar(200);
alter table entry add column notice_withheld_on date;
create index entry_notice_recheck_on on entry (notice_recheck_on) where notice_recheck_on is not null;

create table entry_notice_decision (
    entry_id    uuid          not null references entry (id),
    position    integer       not null,
    decision    varchar(30)   not null,
    reason      varchar(1000),
    recheck_on  date,
    decided_by  varchar(200),
    decided_on  date          not null,
    primary key (entry_id, position)
);
