-- An update is claimed (SENDING, under an attempt id, due again when the lease runs out)
-- in a transaction committed before it is sent, and the outcome is recorded in another;
-- a SENDING row whose lease ran out is sent again, with the same update id.
alter table outbound_update add column attempt_id uuid;
drop index outbound_update_due;
create index outbound_update_due on outbound_update (next_attempt_at) where status in ('PENDING', 'SENDING');
