-- I2: attachments (correspondence copies, CCTV references, photos). Metadata and bytes
-- are kept apart so listing evidence never reads the files; the checksum is verified on
-- every read.
create table incident_attachment (
    id            uuid         primary key,
    incident_id   uuid         not null references incident (id),
    type          varchar(30)  not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    uploaded_by   varchar(200) not null,
    uploaded_at   timestamptz  not null
);
create index incident_attachment_incident on incident_attachment (incident_id);

create table incident_attachment_content (
    attachment_id  uuid   primary key references incident_attachment (id),
    content        bytea  not null
);
