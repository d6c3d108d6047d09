-- Webhook delivery (M3). A subscription with a webhook has a secret with which every call
-- is signed (HMAC-SHA256). Stored as it is for now: encrypting it at rest is a later issue.
alter table team_subscription add column webhook_secret varchar(100);
alter table team_subscription add constraint team_subscription_webhook_secret
    check (webhook_url is null or webhook_secret is not null);

-- Email and webhook are separate deliveries with their own status: one intent per event,
-- subscription and channel. The recipient is the mailbox or the webhook address.
alter table notification_delivery add column channel varchar(10) not null default 'EMAIL';
alter table notification_delivery alter column channel drop default;
alter table notification_delivery alter column recipient type varchar(2000);
alter table notification_delivery drop constraint notification_delivery_event_subscription;
alter table notification_delivery add constraint notification_delivery_event_subscription_channel
    unique (event_id, subscription_id, channel);
drop index notification_delivery_due;
create index notification_delivery_due on notification_delivery (channel, next_attempt_at) where status = 'PENDING';
