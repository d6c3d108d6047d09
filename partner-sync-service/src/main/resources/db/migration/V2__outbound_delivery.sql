-- Delivery of outbound updates over TLS-only email (P1): attempts, backoff, the last
-- failure as a fixed description (never a server's reply) and when it was sent.
alter table outbound_update add column attempts integer not null default 0;
alter table outbound_update add column next_attempt_at timestamptz;
alter table outbound_update add column last_error varchar(300);
alter table outbound_update add column sent_at timestamptz;
update outbound_update set next_attempt_at = created_at where status = 'PENDING';
drop index outbound_update_pending;
create index outbound_update_due on outbound_update (next_attempt_at) where status = 'PENDING';
