-- A team's wish to be told when one of its customers is added to or removed from the
-- register (M3). The address is the team's ICT/admin mailbox, never a customer's.
create table team_subscription (
    id           uuid primary key,
    version      bigint        not null,
    team         varchar(100)  not null,
    email        varchar(254)  not null,
    webhook_url  varchar(2000),
    active       boolean       not null,
    created_at   timestamptz   not null,
    created_by   varchar(200)  not null,
    constraint team_subscription_team_email unique (team, email)
);
create index team_subscription_active_team on team_subscription (team) where active;

-- One intent to tell one subscription about one marker event, written in the handler's
-- transaction and sent later by the NotificationSender. The unique key makes a
-- redelivered event unable to create a second email. No personal data: the team's own
-- customer reference is all a marker carries (M1, D1).
create table notification_delivery (
    id                  uuid primary key,
    version             bigint        not null,
    event_id            uuid          not null,
    subscription_id     uuid          not null,
    entry_id            uuid          not null,
    team                varchar(100)  not null,
    customer_reference  varchar(100)  not null,
    marker_change       varchar(20)   not null,
    recipient           varchar(254)  not null,
    status              varchar(20)   not null,
    attempts            integer       not null,
    next_attempt_at     timestamptz,
    last_error          varchar(500),
    occurred_at         timestamptz   not null,
    created_at          timestamptz   not null,
    sent_at             timestamptz,
    constraint notification_delivery_event_subscription unique (event_id, subscription_id)
);
create index notification_delivery_due on notification_delivery (next_attempt_at) where status = 'PENDING';
create index notification_delivery_entry on notification_delivery (entry_id);
create index notification_delivery_subscription on notification_delivery (subscription_id) where status = 'PENDING';
create index notification_delivery_created on notification_delivery (created_at desc);
