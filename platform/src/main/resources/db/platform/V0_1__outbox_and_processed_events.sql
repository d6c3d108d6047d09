-- Transactional outbox: a state change and the message announcing it commit together;
-- the relay publishes rows in id order after commit and marks them published.
create table outbox_message (
    id            bigserial primary key,
    message_id    uuid        not null unique,
    topic         varchar(200) not null,
    message_key   varchar(400) not null,
    message_type  varchar(100) not null,
    payload       bytea,                     -- null: a tombstone (marker removed, M2)
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    attempts      integer     not null default 0,
    last_error    varchar(1000)
);
create index outbox_message_unpublished on outbox_message (id) where published_at is null;

-- Idempotent consumers: the row is inserted first in the handler's transaction;
-- a second delivery of the same event conflicts and is skipped.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      uuid         not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
