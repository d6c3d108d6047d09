-- An email is claimed (SENDING, under an attempt id, due again when the lease runs out) in
-- a transaction committed before it is sent, and the outcome is recorded in another; a
-- SENDING row whose lease ran out is sent again, with the same Message-ID. It keeps its
-- address and body until then.
alter table letter_delivery add column attempt_id uuid;
alter table letter_delivery drop constraint letter_delivery_status_known;
alter table letter_delivery add constraint letter_delivery_status_known
    check (status in ('PENDING', 'SENDING', 'QUEUED_FOR_POST', 'SENT', 'FAILED', 'CANCELLED'));
alter table letter_delivery drop constraint letter_delivery_forgets_recipient;
alter table letter_delivery add constraint letter_delivery_forgets_recipient
    check (status in ('PENDING', 'SENDING', 'FAILED') or (recipient_email is null and email_text is null));
