-- What CBH is owed and was told (P1, P3, R12): one row per register event and kind,
-- holding field NAMES only; values are read from the register when sending.
create table outbound_update (
    id                   uuid primary key,
    version              bigint       not null,
    kind                 varchar(30)  not null,
    register_change      varchar(40)  not null,
    entry_id             uuid         not null,
    source_event_id      uuid         not null,
    agreement_reference  varchar(100) not null,
    recipient            varchar(320) not null,
    created_at           timestamptz  not null,
    status               varchar(20)  not null,
    -- one update (and at most one deletion request) per event, however often delivered
    constraint outbound_update_once_per_event unique (source_event_id, kind)
);
create index outbound_update_entry on outbound_update (entry_id, created_at);
create index outbound_update_pending on outbound_update (created_at) where status = 'PENDING';

create table outbound_update_field (
    update_id    uuid        not null references outbound_update (id),
    field_order  integer     not null,
    field_name   varchar(64) not null,
    primary key (update_id, field_order)
);
