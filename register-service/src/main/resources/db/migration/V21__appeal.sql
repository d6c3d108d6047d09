-- R11: the customer's appeal against inclusion, its decision and any later LGSCO complaint.
create table appeal (
    id                    uuid primary key,
    version               bigint        not null,
    entry_id              uuid          not null,
    received_on           date          not null,
    grounds               varchar(2000) not null,
    lodged_by             varchar(200)  not null,
    lodged_on             date          not null,
    decider               varchar(30)   not null,
    original_decision_by  varchar(200),
    status                varchar(30)   not null,
    decision              varchar(20),
    decision_reasons      varchar(2000),
    variation             varchar(2000),
    decided_by            varchar(200),
    decided_on            date,
    lgsco_complaint_on    date,
    lgsco_reference       varchar(100),
    lgsco_outcome         varchar(40),
    lgsco_outcome_on      date,
    lgsco_summary         varchar(2000)
);
create index appeal_entry on appeal (entry_id);
-- R11: one appeal in progress per entry
create unique index appeal_one_in_progress on appeal (entry_id) where status = 'LODGED';
