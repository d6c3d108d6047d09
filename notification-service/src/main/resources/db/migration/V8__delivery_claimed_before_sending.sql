-- A delivery is claimed (SENDING, under an attempt id, due again when the lease runs out)
-- in a transaction committed before the notice is sent, and the outcome is recorded in
-- another; a SENDING row whose lease ran out is sent again, with the same Message-ID.
alter table notification_delivery add column attempt_id uuid;
drop index notification_delivery_due;
create index notification_delivery_due on notification_delivery (channel, next_attempt_at)
    where status in ('PENDING', 'SENDING');
