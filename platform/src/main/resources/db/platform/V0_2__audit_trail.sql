-- D3: who read or changed personal data, in which role, for what purpose, when.
-- Append-only (the trigger refuses UPDATE and DELETE) and tamper-evident: each row's hash
-- covers its content and the previous row's hash, so a changed or removed row breaks the
-- chain from there on. Rows carry ids, never the personal data itself, so they outlive
-- the entry's deletion (R12).
create table audit_trail (
    seq            bigserial    primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(200) not null,
    actor_role     varchar(200) not null,
    purpose        varchar(200),
    action         varchar(100) not null,
    subject_type   varchar(100) not null,
    subject_id     varchar(200) not null,
    detail         varchar(1000),
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_trail_subject on audit_trail (subject_type, subject_id, seq);

create function audit_trail_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_trail is append-only';
end;
$$;
create trigger audit_trail_no_update before update or delete or truncate on audit_trail
    for each statement execute function audit_trail_append_only();
