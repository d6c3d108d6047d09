-- P2, I6, I7, I8, R2: things the CRO must look at; an event that cannot be applied
-- becomes a task rather than being lost. source_key makes each cause one task.
create table cro_task (
    id            uuid primary key,
    version       bigint        not null,
    kind          varchar(40)   not null,
    source_key    varchar(120)  not null unique,
    entry_id      uuid,                         -- may name an entry the register lacks
    incident_id   uuid,
    reference_id  uuid,                         -- the partner receipt or contact update
    detail        varchar(500)  not null,       -- non-personal facts only
    status        varchar(20)   not null,
    created_at    timestamptz   not null,
    completed_by  varchar(200),
    completed_at  timestamptz,
    outcome       varchar(1000)
);
create index cro_task_open on cro_task (created_at) where status = 'OPEN';
