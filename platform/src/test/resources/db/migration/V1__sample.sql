-- A sample service's own state, to prove state and events commit together.
create table sample_note (
    id    uuid primary key,
    text  varchar(200) not null
);
-- What the sample consumer did, one row per handled event: duplicates would show.
create table sample_handled (
    id        bigserial primary key,
    event_id  uuid not null
);
