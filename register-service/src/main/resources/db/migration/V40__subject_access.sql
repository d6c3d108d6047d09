-- D4: subject access requests. Each request gathers one part per service; a part's
-- content is the personal data itself, so it is encrypted by the application (AES-GCM,
-- keys outside the database) like the customer record. Deleted with the entry (R12).
create table subject_access_request (
    id           uuid primary key,
    version      bigint        not null,
    entry_id     uuid          not null,
    opened_by    varchar(200)  not null,
    opened_at    timestamptz   not null,
    released_by  varchar(200),
    released_at  timestamptz
);
create index subject_access_request_entry on subject_access_request (entry_id);

create table subject_access_part (
    request_id    uuid          not null references subject_access_request (id) on delete cascade,
    source        varchar(30)   not null,
    gathered      boolean       not null,
    content       text,                     -- the part as JSON, encrypted; null when missing
    problem       varchar(300),             -- why it is missing; never content
    attempted_at  timestamptz   not null,
    primary key (request_id, source)
);

create table subject_access_redaction (
    request_id  uuid           not null references subject_access_request (id) on delete cascade,
    item_path   varchar(1000)  not null,
    reason      varchar(40)    not null,
    note        varchar(500),
    marked_by   varchar(200)   not null,
    marked_at   timestamptz    not null,
    primary key (request_id, item_path)
);
