-- L7: a letter is rendered from the register's facts when it is sent, kept as a PDF with
-- its checksum, and delivered through an intent row (email, or the print queue for post).
alter table letter drop constraint letter_status_known;
alter table letter add constraint letter_status_known
    check (status in ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SENDING', 'SENT', 'CANCELLED'));
-- who signs, as the register said when the letter was approved or sent (R7)
alter table letter add column signatory_role varchar(40);
alter table letter add column cancelled_at timestamptz;

-- the letter as sent: deleted with the letter (R12)
create table letter_document (
    letter_id         uuid         primary key references letter (id) on delete cascade,
    pdf               bytea        not null,
    sha256            varchar(64)  not null,
    size_bytes        integer      not null,
    template_version  varchar(40)  not null,
    rendered_at       timestamptz  not null
);

-- one delivery per letter; the email address and body are kept only until delivered
create table letter_delivery (
    id               uuid          primary key,
    version          bigint        not null,
    letter_id        uuid          not null constraint letter_delivery_one_per_letter unique
                                   references letter (id) on delete cascade,
    channel          varchar(10)   not null,
    status           varchar(20)   not null,
    recipient_email  varchar(320),
    email_text       text,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz,
    last_error       varchar(500),
    requested_by     varchar(200)  not null,
    created_at       timestamptz   not null,
    delivered_at     timestamptz,
    delivered_by     varchar(200),
    constraint letter_delivery_status_known
        check (status in ('PENDING', 'QUEUED_FOR_POST', 'SENT', 'FAILED', 'CANCELLED')),
    constraint letter_delivery_channel_known check (channel in ('EMAIL', 'POST')),
    constraint letter_delivery_forgets_recipient
        check (status in ('PENDING', 'FAILED') or (recipient_email is null and email_text is null))
);
-- the sender claims due email; the post room lists its queue
create index letter_delivery_due on letter_delivery (status, channel, next_attempt_at);
