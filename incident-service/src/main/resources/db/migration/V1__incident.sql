create table incident (
    id                     uuid primary key,
    version                bigint       not null,
    reported_by            varchar(200) not null,
    reported_on_behalf_of  varchar(200),
    affected_person        varchar(200) not null,
    occurred_at            timestamptz  not null,
    reported_at            timestamptz  not null,
    location               varchar(500),
    channel                varchar(40)  not null,
    service_area           varchar(100),
    incident_type          varchar(60)  not null,
    customer_name          varchar(200),
    what_happened          text,
    linked_entry_id        uuid,
    status                 varchar(30)  not null,
    review_outcome         varchar(40),
    reviewed_by            varchar(200),
    reviewed_at            timestamptz,
    warning_bypass_reason  varchar(2000),
    support_offered        boolean      not null default false,
    police_informed        boolean      not null default false,
    cctv_requested         boolean      not null default false
);
create index incident_reported_by on incident (reported_by);
create index incident_awaiting_review on incident (reported_at) where status = 'AWAITING_REVIEW';

create table incident_customer_reference (
    incident_id  uuid         not null references incident (id),
    team         varchar(100) not null,
    reference    varchar(100) not null
);

create table incident_involved_person (
    incident_id  uuid         not null references incident (id),
    person       varchar(200) not null,
    primary key (incident_id, person)
);
