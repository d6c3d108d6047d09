-- One letter per register request (R8). No personal data: name and address are read from
-- the register when the letter is rendered.
create table letter (
    id                 uuid primary key,
    version            bigint       not null,
    entry_id           uuid         not null,
    -- the unique key makes "one letter per request" hold even if two deliveries race
    request_id         uuid         not null constraint letter_request_id_unique unique,
    letter_type        varchar(40)  not null,
    status             varchar(30)  not null,
    approval_required  boolean      not null default false,
    created_at         timestamptz  not null,
    submitted_by       varchar(200),
    submitted_at       timestamptz,
    approved_by        varchar(200),
    approved_as        varchar(40),
    approved_at        timestamptz,
    channel            varchar(10),
    sent_by            varchar(200),
    sent_at            timestamptz,
    constraint letter_status_known check (status in ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SENT')),
    constraint letter_sent_has_channel check (status <> 'SENT' or (channel is not null and sent_at is not null)),
    constraint letter_approved_has_signatory check (approved_at is null or approved_as in ('CSSM', 'EXECUTIVE_DIRECTOR'))
);
-- the CRO lists an entry's letters; a purge deletes them by entry (R12)
create index letter_entry on letter (entry_id, created_at);
