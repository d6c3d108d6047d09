-- R9: a varied review may carry the restrictions it puts in force once the Governance
-- Group approves it (R10); same columns as entry_restriction. Deleted with its review.
alter table entry_review add column varies_restrictions boolean not null default false;

create table entry_review_restriction (
    review_id                   uuid          not null references entry_review (id) on delete cascade,
    position                    integer       not null,
    kind                        varchar(40)   not null,
    service_areas               varchar(1000),
    council_wide                boolean       not null,
    council_wide_justification  varchar(1000),
    conditions                  varchar(1000),
    channel                     varchar(20),
    closes_channels             varchar(200),
    primary key (review_id, position)
);
