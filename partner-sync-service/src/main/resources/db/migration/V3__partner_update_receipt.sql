-- Updates received from CBH (P2, P3): one per idempotency key, with the agreement and
-- the names of the fields received; the content is kept for the CRO's task.
create table partner_update_receipt (
    id                   uuid primary key,
    idempotency_key      varchar(100)  not null,
    agreement_reference  varchar(100)  not null,
    change_kind          varchar(30)   not null,
    partner_reference    varchar(100)  not null,
    summary              varchar(2000) not null,
    received_by          varchar(200),
    received_at          timestamptz   not null,
    constraint partner_update_receipt_once_per_key unique (idempotency_key)
);

create table partner_update_receipt_field (
    receipt_id   uuid        not null references partner_update_receipt (id),
    field_order  integer     not null,
    field_name   varchar(64) not null,
    primary key (receipt_id, field_order)
);
