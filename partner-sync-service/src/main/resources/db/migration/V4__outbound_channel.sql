-- Which of the agreement's channels an update goes by (P1, P3): TLS-only email, or the
-- authenticated HTTPS endpoint, which is then the recipient.
alter table outbound_update add column channel varchar(10) not null default 'EMAIL';
alter table outbound_update alter column recipient type varchar(500);
